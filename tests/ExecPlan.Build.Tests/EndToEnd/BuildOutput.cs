using System.Text.RegularExpressions;

namespace ExecPlan.Build.Tests.EndToEnd;

/// <summary>The exit code and text of one dotnet command, with the canonical `file(line,col): error CODE: message` lines it printed.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Text">Standard output and standard error.</param>
internal sealed partial record BuildOutput(int ExitCode, string Text)
{
    /// <summary>What a dotnet command printed, both streams in one text.</summary>
    public static BuildOutput Of(CommandResult result) => new(result.ExitCode, result.Output + result.Error);

    /// <summary>Whether the command succeeded.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>The lint findings printed during the build, before MSBuild's summary repeats them.</summary>
    public IReadOnlyList<Finding> Findings =>
        [.. BeforeSummary().Select(line => Canonical().Match(line)).Where(m => m.Success).Select(Finding.From)];

    /// <summary>The findings with <paramref name="code"/>.</summary>
    public IReadOnlyList<Finding> WithCode(string code) => [.. Findings.Where(f => f.Code == code)];

    /// <summary>Whether MSBuild skipped the lint target as up to date (needs -v:d).</summary>
    public bool SkippedLint => Text.Contains("Skipping target \"ExecPlanLint\" because all output files are up-to-date", StringComparison.Ordinal);

    /// <summary>Whether MSBuild ran the lint target (needs -v:d).</summary>
    public bool RanLint => Text.Contains("Building target \"ExecPlanLint\"", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n{Text}";

    private IEnumerable<string> BeforeSummary() =>
        Text.Split('\n').Select(l => l.TrimEnd('\r')).TakeWhile(l => l.Trim() is not ("Build FAILED." or "Build succeeded."));

    [GeneratedRegex(@"^\s*(\d+:\d+>)?(?<file>.+?)\((?<line>\d+),(?<column>\d+)(,(?<endLine>\d+),(?<endColumn>\d+))?\): (?<severity>error|warning) (?<code>EXP\d{4}): (?<message>.*?)( \[[^\]]+\])?$")]
    private static partial Regex Canonical();

    /// <summary>One canonical finding line.</summary>
    internal sealed record Finding(string File, int Line, int Column, string Severity, string Code, string Message)
    {
        public static Finding From(Match m) => new(
            m.Groups["file"].Value,
            int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups["severity"].Value,
            m.Groups["code"].Value,
            m.Groups["message"].Value);
    }
}
