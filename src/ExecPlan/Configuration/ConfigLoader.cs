using System.Collections.Immutable;
using ExecPlan.Diagnostics;

namespace ExecPlan.Configuration;

/// <summary>Finds and reads `.execplan.yaml`; bad configuration becomes EXP0007 with its location, never an exception.</summary>
public static class ConfigLoader
{
    /// <summary>The configuration file name.</summary>
    public const string FileName = ".execplan.yaml";

    /// <summary>Walks up from <paramref name="startDirectory"/> to <paramref name="rootDirectory"/> (inclusive) and returns the first config file found, or null.</summary>
    public static string? Find(string startDirectory, string rootDirectory) => throw new NotImplementedException();

    /// <summary>Reads a configuration file; findings are EXP0007 diagnostics located in that file.</summary>
    public static (ExecPlanConfig Config, ImmutableArray<Diagnostic> Diagnostics) Load(string path) => throw new NotImplementedException();
}
