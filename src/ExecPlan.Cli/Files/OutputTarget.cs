using ExecPlan.Configuration;

namespace ExecPlan.Cli.Files;

/// <summary>The file `--output` names, as typed (for messages) and as a full path, with what it must never be: a file the run reads.</summary>
/// <param name="Argument">The path as given on the command line.</param>
/// <param name="FullPath">The path resolved against the working directory.</param>
internal sealed record OutputTarget(string Argument, string FullPath)
{
    /// <summary>The refusal for a report that would replace a file being linted.</summary>
    public const string InputRefusal = "it is a file being linted";

    /// <summary>Whether the file existed when the run began: only then can it be one of the run's inputs.</summary>
    public bool Existed { get; } = File.Exists(FullPath);

    /// <summary>Why the report cannot go there before anything is linted, or null: a folder, a configuration file, or one of <paramref name="inputs"/>.</summary>
    public string? Refusal(IEnumerable<string> inputs, string? configFile)
    {
        if (Directory.Exists(FullPath))
        {
            return "it is a folder";
        }

        if (FirstFileAbove() is { } file)
        {
            return $"{file} is a file, not a folder";
        }

        if (string.Equals(Path.GetFileName(RealPath.Of(FullPath)), ConfigLoader.FileName, StringComparison.OrdinalIgnoreCase)
            || (configFile is not null && RealPath.Same(FullPath, configFile)))
        {
            return "it is a configuration file";
        }

        var name = Path.GetFileName(RealPath.Of(FullPath));
        if (Schema.PlanSchemas.LockFiles.Concat(Schema.PlanSchemas.PolicyFiles).Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return "it is a repository file the lint reads";
        }

        return inputs.Any(IsInput) ? InputRefusal : null;
    }

    /// <summary>Whether <paramref name="path"/> (a linted file) is this file, under any name.</summary>
    public bool IsInput(string path) => Existed && RealPath.Same(path, FullPath);

    // A report under `taken/` where `taken` is a file: say so rather than "not a directory".
    private string? FirstFileAbove()
    {
        for (var folder = Path.GetDirectoryName(FullPath); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return folder;
            }

            if (Directory.Exists(folder))
            {
                return null;
            }
        }

        return null;
    }
}
