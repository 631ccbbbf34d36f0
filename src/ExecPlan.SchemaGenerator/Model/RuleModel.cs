namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A catalogue rule with its family title and message parameters already derived.</summary>
internal sealed record RuleModel(
    string Id,
    string Name,
    string Severity,
    string Message,
    string Help,
    string Family,
    EquatableArray<string> Parameters,
    bool PlacedWhereMissing);
