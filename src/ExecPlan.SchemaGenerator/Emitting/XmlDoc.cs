namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Escapes schema text for a one-line XML documentation comment.</summary>
internal static class XmlDoc
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
}
