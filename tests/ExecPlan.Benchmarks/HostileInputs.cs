using System.Diagnostics;
using System.Globalization;
using System.Text;
using ExecPlan.Linting;

namespace ExecPlan.Benchmarks;

/// <summary>
/// Plans of up to the size limit made of one construct repeated (every character Markdown, YAML or a rule reacts to), linted
/// in process one by one next to the floor parse of the same text (Markdig with the engine's extensions, YamlDotNet): the hardness goal is that none costs more than a second.
/// </summary>
internal static class HostileInputs
{
    private const string FrontMatter = "---\nid: a\nstatus: IN_PROGRESS\nowner: o\ncreated: 2026-01-01T00:00:00Z\nupdated: 2026-01-02T00:00:00Z\nprofile: codex-strict\n---\n# PLAN: x\n\n## Progress\n\n";

    private const int LongestLine = 20_000; // the engine's limit: longer lines are refused before Markdig sees them

    private static readonly (string Name, string Unit)[] Units =
    [
        ("lt", "<"), ("bold-tags", "<b>x</b>"), ("open-bracket", "["), ("close-bracket", "]"), ("star", "*"), ("underscore", "_"), ("backtick", "`"),
        ("tilde", "~"), ("hash", "#"), ("pipe", "|"), ("colon", ":"), ("equals", "="), ("password-assign", "password="), ("scheme", "http://"),
        ("url-credentials", "https://a:b@"), ("yaml-key", "a: "), ("newline", "\n"), ("dash", "- "), ("quote", "> "), ("open-box", "- [ ] x\n"),
        ("done-box", "- [x] 2026-01-01T00:00:00Z x\n"), ("h2", "## x\n"), ("h3-progress", "### Progress\n"), ("loose-time", "2026-01-01 10:00 "),
        ("rfc3339", "2026-01-01T00:00:00Z "), ("field", "Decision: x\n"), ("source-line", "Source: https://a.b/c\n"), ("path", "src/a/b.cs "),
        ("code-span", "`a` "), ("fence", "```\n"), ("details", "<details>"), ("entity", "&#51;"), ("percent", "%5F"), ("ampersand", "&"),
        ("image", "!["), ("link", "[a](b) "), ("table", "|a|b|\n|-|-|\n"), ("placeholder", "<box> "), ("private-key", "-----BEGIN RSA PRIVATE KEY-----\na: b\n"),
        ("jwt-start", "eyJhbGciOiJIUzI1NiJ9."), ("ghp", "ghp_"), ("sk", "sk-"), ("aws", "aws_secret="), ("slash", "/"), ("backslash", "\\"),
        ("paren", "("), ("suppression", "<!-- execplan-disable EXP0202 -->\n"), ("snapshot", "Research Snapshot\nRetrieved: 2026-01-01T00:00:00Z\n"),
        ("ordered", "1. "), ("emphasis", "**a** "),
        ("jwt-run", "eyJ"), ("pem-begin", "-----BEGIN"), ("aws-name", "aws"), ("aws-colon", "aws_sk:"), ("double-equals", "=="), ("key-value", "Server=x"),
        ("slack-hook", "hooks.slack.com/services/"), ("scheme-only", "a://"), ("token-colon", "token: "), ("pwd-equals", "pwd="),
        // Thirty-two bytes a line: the most lines of one construct under the line-count limit (a non-blank line per 32 bytes of the size limit).
        ("h2-32", "## " + new string('x', 28) + "\n"), ("open-box-32", "- [ ] " + new string('x', 25) + "\n"), ("h3-32", "### " + new string('x', 27) + "\n"),
        ("item-32", "- " + new string('x', 29) + "\n"), ("field-32", "Decision: " + new string('x', 21) + "\n"), ("done-box-32", "- [x] 2026-01-01T00:00:00Z xxxx\n"), ("tab", "\t"), ("cr", "\r"), ("space", " "), ("nbsp", "\u00a0"), ("bidi", "\u202e"), ("emoji", "😀"),
    ];

    /// <summary>
    /// Prints one line per input (name, lint ms, floor ms, findings) and returns 1 when any took over a second; <paramref name="only"/>
    /// names one input to rerun (for a profiler).
    /// </summary>
    public static int Run(int size, string? only = null)
    {
        var linter = new PlanLinter(new LintSettings());
        linter.LintText("warm.md", FrontMatter + "word ");
        var slow = 0;
        Console.WriteLine("input                 lint ms   floor ms   findings");
        if (only is null or "real-plans")
        {
            // Not an attack: the largest corpus plan's body repeated to the size, for scale (what a real plan of that size costs).
            slow += Measure(linter, "real-plans", PlanSet.Large(size));
        }

        // `NAME+fm` or `NAME+fm+lines` picks one variant (for a profiler).
        var variant = only?.IndexOf('+', StringComparison.Ordinal) is > 0 and var plus ? only[plus..] : null;
        only = variant is null ? only : only![..^variant.Length];
        foreach (var (name, unit) in Units.Where(u => only is null || u.Name == only))
        {
            foreach (var (withFrontMatter, wrapped) in new[] { (false, false), (true, false), (true, true) })
            {
                if ((wrapped && unit.Contains('\n', StringComparison.Ordinal)) || (variant is not null && variant != (withFrontMatter ? "+fm" : string.Empty) + (wrapped ? "+lines" : string.Empty)))
                {
                    continue;
                }

                var text = Repeat(withFrontMatter ? FrontMatter : string.Empty, unit, size, wrapped);
                slow += Measure(linter, name + (withFrontMatter ? "+fm" : string.Empty) + (wrapped ? "+lines" : string.Empty), text);
            }
        }

        Console.WriteLine(slow == 0 ? "every input linted within a second" : $"{slow} inputs took over a second");
        return slow == 0 ? 0 : 1;
    }

    // Prints one input's line; 1 when it took over a second.
    private static int Measure(PlanLinter linter, string label, string text)
    {
        var watch = Stopwatch.StartNew();
        var report = linter.LintText("hostile.md", text);
        var lint = watch.ElapsedMilliseconds;
        watch.Restart();
        var parse = Parse(text) ? watch.ElapsedMilliseconds : -1; // -1: Markdig refuses it (nesting too deep)
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-20} {lint,8} {parse,10} {report.Diagnostics.Length,10}{(lint > 1000 ? "  OVER 1 s" : string.Empty)}"));
        return lint > 1000 ? 1 : 0;
    }

    private static bool Parse(string text)
    {
        try
        {
            Floor.Parse(text);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or YamlDotNet.Core.YamlException)
        {
            return false;
        }
    }

    // Wrapped: a line break before each line would pass the longest line parsed, so that the text is parsed, not refused.
    private static string Repeat(string prefix, string unit, int size, bool wrapped)
    {
        var text = new StringBuilder(prefix, size + unit.Length);
        var lineStart = text.Length;
        while (text.Length + unit.Length < size)
        {
            if (wrapped && text.Length - lineStart + unit.Length > LongestLine)
            {
                text.Append('\n');
                lineStart = text.Length;
            }

            text.Append(unit);
        }

        return text.ToString();
    }
}
