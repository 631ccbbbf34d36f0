using System.Collections.Generic;
using System.Linq;

namespace ExecPlan.SchemaGenerator.Model;

/// <summary>Which template token a template writes for a front-matter field: its own, or `timestamp` for timestamps.</summary>
internal static class TemplateTokenLookup
{
    public static string? For(FieldModel field, IEnumerable<TokenModel> tokens)
    {
        var list = tokens.ToList();
        return list.FirstOrDefault(t => t.Key == field.Name)?.Value
            ?? (field.Kind == "Timestamp" ? list.FirstOrDefault(t => t.Key == "timestamp")?.Value : null);
    }
}
