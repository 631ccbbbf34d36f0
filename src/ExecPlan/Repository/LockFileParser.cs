using ExecPlan.Configuration;
using ExecPlan.Schema.Generated;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.Repository;

/// <summary>Reads <c>.agent-locks.yaml</c> into a <see cref="LockFile"/> and checks it against the ExecPlan format's lock schema (docs/format.md; EXP0901).</summary>
/// <remarks>
/// Never throws. Files over <see cref="MaxLength"/> characters or with more than <see cref="MaxEvents"/> YAML events are
/// refused, and aliases are rejected before the document is built, so alias bombs cannot expand. Unknown keys are
/// allowed, so tools may add their own.
/// </remarks>
public static class LockFileParser
{
    /// <summary>The largest lock file read, in characters (1 MiB); lock files are a few hundred bytes.</summary>
    public const int MaxLength = 1024 * 1024;

    /// <summary>The most YAML parsing events read before the file is refused.</summary>
    public const int MaxEvents = 100_000;

    /// <summary>The schema version this parser understands.</summary>
    public const int SupportedVersion = 1;

    /// <summary>Parses and validates the text of a lock file.</summary>
    public static LockFileParseResult Parse(string? text)
    {
        var problems = new List<LockFileProblem>();
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new LockFileProblem("the lock file is empty", 1, 1));
            return new LockFileParseResult(LockFile.Empty, problems);
        }

        if (text.Length > MaxLength)
        {
            problems.Add(new LockFileProblem($"the lock file is larger than {MaxLength} characters", 1, 1));
            return new LockFileParseResult(LockFile.Empty, problems);
        }

        if (Configuration.YamlFlowDepth.FirstTooDeep(text) is var deep and >= 0)
        {
            var (line, column) = Configuration.YamlFlowDepth.PositionOf(text, deep);
            problems.Add(new LockFileProblem($"'[' and '{{' nest more than {Configuration.YamlFlowDepth.Max} levels deep", line, column));
            return new LockFileParseResult(LockFile.Empty, problems);
        }

        var root = Load(text, problems);
        if (root is null && problems.Count == 0)
        {
            problems.Add(new LockFileProblem("the lock file holds no YAML document", 1, 1));
        }

        var file = root is null ? LockFile.Empty : ReadRoot(root, new YamlFields(problems));
        return new LockFileParseResult(file, problems);
    }

    /// <summary>Checks syntax, size and aliases on the event stream, then builds the document; null after any problem.</summary>
    private static YamlNode? Load(string text, List<LockFileProblem> problems)
    {
        var fields = new YamlFields(problems);
        var last = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(text));
            var events = 0;
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
                if (parser.Current is AnchorAlias alias)
                {
                    fields.Report(alias.Start, "YAML aliases are not allowed in a lock file");
                    return null;
                }

                if (++events > MaxEvents)
                {
                    fields.Report(parser.Current.Start, $"the lock file has more than {MaxEvents} YAML nodes");
                    return null;
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 1)
            {
                fields.Report(stream.Documents[1].RootNode.Start, "the lock file must hold one YAML document");
            }

            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            fields.Report(YamlMarks.InText(text, YamlErrorPosition.Find(text, e) is { } at ? new Mark(0, at.Line, at.Column) : e.Start), $"invalid YAML: {e.Message}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner can fail this way on some malformed input: at an unclosed bracket when it is one, else after the last good event.
            var at = YamlErrorPosition.Find(text, e);
            fields.Report(YamlMarks.InText(text, at is { } found ? new Mark(0, found.Line, found.Column) : last), "invalid YAML: " + (at?.Reason ?? "the parser could not read past this point"));
            return null;
        }
    }

    private static LockFile ReadRoot(YamlNode root, YamlFields fields)
    {
        if (root is not YamlMappingNode map)
        {
            fields.Report(root.Start, "the lock file must be a mapping with " + LockFileSchema.RequiredIn("file"));
            return LockFile.Empty;
        }

        var versionNode = fields.Required(map, LockFileFields.Version, "the lock file");
        var version = fields.Integer(versionNode, LockFileFields.Version, 1);
        if (version is not null and not SupportedVersion)
        {
            fields.Report(versionNode!.Start, $"'{LockFileFields.Version}' {version} is not supported; the lock schema defines version {SupportedVersion}");
        }

        var generatedAt = fields.Timestamp(fields.Required(map, LockFileFields.GeneratedAt, "the lock file"), LockFileFields.GeneratedAt);
        var ttl = fields.Integer(fields.Required(map, LockFileFields.TtlSeconds, "the lock file"), LockFileFields.TtlSeconds, 0);
        var locks = new List<AgentLock>();
        switch (fields.Required(map, LockFileFields.Locks, "the lock file"))
        {
            case YamlSequenceNode list:
                locks.AddRange(list.Children.Select(node => AgentLockReader.Read(node, fields)).OfType<AgentLock>());
                break;
            case { } other:
                fields.Report(other.Start, $"'{LockFileFields.Locks}' must be a list");
                break;
        }

        return new LockFile(version is null ? null : (int)Math.Min(version.Value, int.MaxValue), generatedAt, ttl, locks);
    }
}
