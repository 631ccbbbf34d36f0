using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Input;
using ExecPlan.Linting;
using ExecPlan.Rules;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Configuration;

/// <summary>Finds and reads `.execplan.yaml`; bad configuration becomes EXP0007 with its location, never an exception.</summary>
[ImplementsRule(RuleIds.InvalidConfig)]
public static class ConfigLoader
{
    /// <summary>The configuration file name.</summary>
    public const string FileName = ".execplan.yaml";

    /// <summary>Configuration files larger than this are refused unread (1 MiB).</summary>
    public const long MaxConfigSize = 1024 * 1024;

    /// <summary>Walks up from <paramref name="startDirectory"/> to <paramref name="rootDirectory"/> (inclusive) and returns the first config file found, or null.</summary>
    public static string? Find(string startDirectory, string rootDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        ArgumentNullException.ThrowIfNull(rootDirectory);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory));
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (string.Equals(Path.TrimEndingDirectorySeparator(directory.FullName), root, StringComparison.Ordinal))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Reads a configuration file; findings are EXP0007 diagnostics located in that file.</summary>
    public static (ExecPlanConfig Config, ImmutableArray<Diagnostic> Diagnostics) Load(string path) => Load(path, findings: true);

    /// <summary>
    /// As <see cref="Load(string)"/>; without <paramref name="findings"/> (plan discovery, which reports nothing of the file) the
    /// file is not scanned for secrets and no finding is returned: none could be redacted.
    /// </summary>
    internal static (ExecPlanConfig Config, ImmutableArray<Diagnostic> Diagnostics) Load(string path, bool findings)
    {
        ArgumentNullException.ThrowIfNull(path);
        var config = ExecPlanConfig.Default with { FilePath = path };
        var read = BoundedFile.Read(path, MaxConfigSize);
        if (read.Failure == FileReadFailure.TooLarge)
        {
            return (config, findings ? [ConfigFinding.AtFileStart(path, $"the file is {read.Size} bytes, over the limit of {MaxConfigSize} bytes")] : []);
        }

        if (read.Bytes is null)
        {
            return (config, findings ? [ConfigFinding.AtFileStart(path, "the file cannot be read: " + read.Reason)] : []);
        }

        var (text, problem) = PlanFileReader.Decode(path, read.Bytes);
        if (text is null)
        {
            // The decoder's finding names the first bad byte and where it is; the config reports it as EXP0007 there.
            return (config, findings ? [ConfigFinding.At(path, problem!.Span, "t" + problem.Message[1..].TrimEnd('.'))] : []);
        }

        return findings ? Parse(path, text) : (new ConfigReader(path).Read(text).Config, []);
    }

    /// <summary>Reads configuration text as if it came from <paramref name="path"/>; findings are EXP0007 diagnostics located there.</summary>
    public static (ExecPlanConfig Config, ImmutableArray<Diagnostic> Diagnostics) Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        // The configuration is scanned like a plan: a token pasted into it is reported there, and every finding that
        // quotes it (an unknown key, a bad value) is redacted.
        var (config, diagnostics) = new ConfigReader(path).Read(text);
        var (secrets, redaction) = Rules.Secrets.TextSecrets.Scan(path, text, config);
        var cap = new FindingCap();
        var listed = diagnostics.Concat(secrets).Where(cap.Admit).Select(redaction.Apply).ToList();
        return (config with { Redaction = redaction }, [.. listed, .. cap.Summaries().Select(s => s.Summary)]);
    }
}
