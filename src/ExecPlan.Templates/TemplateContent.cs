using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ExecPlan.Templates;

/// <summary>Writes the package's content folder: one folder per template, each with its `.template.config`.</summary>
internal static class TemplateContent
{
    // Relaxed escaping keeps `<`, `>` and quotes readable in template.json; the file is never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every template under <paramref name="root"/>.</summary>
    public static void Write(string root)
    {
        PlanTemplate.Write(root);
        PolicyTemplate.Write(root);
    }

    /// <summary>Writes a UTF-8 file (no BOM, LF line ends), creating its folder.</summary>
    public static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"), new UTF8Encoding(false));
    }

    /// <summary>Writes template.json and dotnetcli.host.json into the template's `.template.config`.</summary>
    public static void WriteConfig(string templateFolder, JsonObject template, JsonObject host)
    {
        var config = Path.Combine(templateFolder, ".template.config");
        WriteFile(Path.Combine(config, "template.json"), template.ToJsonString(Indented) + "\n");
        WriteFile(Path.Combine(config, "dotnetcli.host.json"), host.ToJsonString(Indented) + "\n");
    }
}
