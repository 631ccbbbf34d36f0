using System.Collections.Generic;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>One line of a generated validator method and the rules it reports (none for control flow).</summary>
internal sealed record ValidatorCall(string Code, IReadOnlyList<string> Rules)
{
    public ValidatorCall(string code, string? rule)
        : this(code, rule is null ? System.Array.Empty<string>() : new[] { rule })
    {
    }
}
