using System.Reflection;

namespace ExecPlan.Output;

/// <summary>The tool's name, home page and version, as reports and `--version` show them.</summary>
public static class ToolInfo
{
    /// <summary>The tool name reports carry.</summary>
    public const string Name = "execplan";

    /// <summary>Where the tool's documentation lives.</summary>
    public const string InformationUri = "https://github.com/execplan-build/execplan-build";

    /// <summary>The engine's semantic version (informational version without build metadata).</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var assembly = typeof(ToolInfo).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
