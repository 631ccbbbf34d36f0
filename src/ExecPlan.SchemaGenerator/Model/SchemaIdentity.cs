namespace ExecPlan.SchemaGenerator.Model;

/// <summary>What must be unique per schema file across the compilation: the hint-name prefix and the namespace.</summary>
internal sealed record SchemaIdentity(string Path, string HintPrefix, string Namespace);
