using System.Text;
using System.Text.RegularExpressions;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Schema;

namespace ExecPlan.Templates.Tests;

/// <summary>What one `dotnet new` run wrote into a fresh folder: the command, its files, and the engine's findings on them.</summary>
internal sealed partial class Scaffold : IDisposable
{
    private readonly TempFolder folder = new();

    private Scaffold(string command, CommandResult result, DateTimeOffset started, DateTimeOffset finished)
    {
        Command = command;
        Result = result;
        Started = started;
        Finished = finished;
    }

    public string Command { get; }

    public CommandResult Result { get; private set; }

    public DateTimeOffset Started { get; }

    public DateTimeOffset Finished { get; private set; }

    public string Root => folder.Path;

    /// <summary>Runs `dotnet new` with <paramref name="arguments"/> in a fresh folder, after <paramref name="prepare"/> has set it up.</summary>
    public static Scaffold Create(TemplateHive hive, string[] arguments, Action<string>? prepare = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var scaffold = new Scaffold("dotnet new " + string.Join(' ', arguments), new CommandResult(-1, string.Empty, string.Empty), DateTimeOffset.UtcNow, default);
        prepare?.Invoke(scaffold.Root);
        scaffold.Result = hive.New(scaffold.Root, arguments, environment);
        scaffold.Finished = DateTimeOffset.UtcNow;
        return scaffold;
    }

    /// <summary>Every file written, relative paths with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> Files =>
        [.. Directory.GetFiles(Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>The one plan under plans/.</summary>
    public string PlanPath => Path.Combine(Root, Files.Single(f => f.StartsWith("plans/", StringComparison.Ordinal)));

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Lints the folder with the engine at <paramref name="level"/>, under <paramref name="schema"/> when given (else the configured one).</summary>
    public LintRun Lint(string level, PlanSchema? schema = null) =>
        new PlanLinter(new LintSettings { RootDirectory = Root, WorkingDirectory = Root, Level = level, Schema = schema }).Lint([Root]);

    /// <summary>The findings that fail or warn, as lines.</summary>
    public static IEnumerable<string> ErrorsAndWarnings(LintRun run) =>
        run.All.Where(d => d.IsActive && d.Severity is Severity.Error or Severity.Warning).Select(Line);

    /// <summary>The snapshot text: command, exit code, files and their text, lint findings; timestamps and dates scrubbed.</summary>
    public string Snapshot(string? level, PlanSchema? schema = null)
    {
        var text = new StringBuilder();
        text.Append("$ ").Append(Command).Append("\nexit code: ").Append(Result.ExitCode).Append('\n');
        foreach (var file in Files)
        {
            text.Append("\n=== ").Append(file).Append('\n').Append(Read(file));
        }

        if (level is { } lintLevel)
        {
            text.Append("\n=== lint (").Append(lintLevel).Append(schema is null ? string.Empty : ", " + schema.Key).Append(")\n");
            foreach (var diagnostic in Lint(lintLevel, schema).All)
            {
                text.Append(Line(diagnostic)).Append('\n');
            }
        }

        return Scrub(text.ToString().Replace(Root, "{root}", StringComparison.Ordinal));
    }

    /// <summary>Replaces the timestamps, cookbook stamps and dates of this run with {now} and {today}; the schema's example timestamps stay.</summary>
    public string Scrub(string text)
    {
        var earliest = Started.AddTicks(-(Started.Ticks % TimeSpan.TicksPerSecond));
        var scrubbed = TimestampRegex().Replace(text, m => IsDuring(m.Value, earliest) ? "{now}" : m.Value);
        scrubbed = StampRegex().Replace(scrubbed, m => IsDuring(m.Value, StartedMinute) ? "{now}" : m.Value);
        var today = new[] { Started, Finished }.Select(t => t.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return DateRegex().Replace(scrubbed, m => today.Contains(m.Value) ? "{today}" : m.Value);
    }

    private bool IsDuring(string timestamp, DateTimeOffset earliest)
    {
        var instant = DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture);
        return instant >= earliest && instant <= Finished;
    }

    /// <summary>The start of the minute the run started in: a cookbook stamp has no seconds.</summary>
    public DateTimeOffset StartedMinute => Started.AddTicks(-(Started.Ticks % TimeSpan.TicksPerMinute));

    /// <summary>Every cookbook stamp (`yyyy-MM-dd HH:mmZ`) in <paramref name="text"/>.</summary>
    public static IEnumerable<DateTimeOffset> Stamps(string text) =>
        StampRegex().Matches(text).Select(m => DateTimeOffset.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Every RFC 3339 UTC timestamp in <paramref name="text"/>.</summary>
    public static IEnumerable<DateTimeOffset> Timestamps(string text) =>
        TimestampRegex().Matches(text).Select(m => DateTimeOffset.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));

    public void Dispose() => folder.Dispose();

    private static string Line(Diagnostic d) =>
        $"{Path.GetFileName(d.FilePath)}({d.Span.Line},{d.Span.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}";

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")]
    private static partial Regex TimestampRegex();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}Z")]
    private static partial Regex StampRegex();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex DateRegex();
}
