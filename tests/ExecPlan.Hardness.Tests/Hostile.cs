using System.Text;

namespace ExecPlan.Hardness.Tests;

/// <summary>Named hostile inputs (the table of docs/hardness.md): deep, huge, broken and binary plans.</summary>
internal static class Hostile
{
    private const string FrontMatter = "---\nid: hostile\nstatus: ACTIVE\nowner: fuzz\ncreated: 2026-01-01T00:00:00Z\nupdated: 2026-01-02T00:00:00Z\nprofile: codex-strict\n---\n# PLAN: Hostile\n\n## Purpose / Big Picture\n\n";

    /// <summary>Every named input as text.</summary>
    public static IReadOnlyDictionary<string, Func<string>> Texts { get; } = new Dictionary<string, Func<string>>
    {
        ["3000-deep indented list"] = () => Lines(3000, i => new string(' ', 2 * i) + "- item"),
        ["3000-deep list on one line"] = () => FrontMatter + Repeat("- ", 3000) + "x\n",
        ["3000-deep ordered list"] = () => Lines(3000, i => new string(' ', 3 * i) + "1. item"),
        ["5000-deep block quote"] = () => FrontMatter + new string('>', 5000) + " x\n",
        ["5000-deep spaced block quote"] = () => FrontMatter + Repeat("> ", 5000) + "x\n",
        ["5000 nested quote lines"] = () => Lines(5000, i => new string('>', i + 1) + " x"),
        ["quotes and lists interleaved"] = () => FrontMatter + Repeat("> - ", 5000) + "x\n",
        ["50000 open brackets"] = () => FrontMatter + new string('[', 50_000) + "x" + new string(']', 50_000) + "\n",
        ["50000 emphasis markers"] = () => FrontMatter + new string('*', 50_000) + "x" + new string('*', 50_000) + "\n",
        ["2 MB line"] = () => FrontMatter + new string('a', 2 * 1024 * 1024) + "\n",
        ["2 MB line of colons"] = () => FrontMatter + "## Progress\n\n- [ ] " + Repeat("Owner: ", 300_000) + "\n",
        ["20000 headings"] = () => FrontMatter + Lines(20_000, i => (i % 2 == 0 ? "## " : "### ") + "Heading " + i),
        ["20000 duplicate sections"] = () => FrontMatter + Lines(20_000, _ => "## Progress\n- [ ] x"),
        ["YAML alias bomb"] = () => "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\nid: *h\nstatus: *h\n---\n# PLAN: Bomb\n",
        ["deep YAML flow nesting"] = () => "---\nid: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n# PLAN: Deep\n",
        ["deep YAML block nesting"] = () => "---\n" + Lines(2000, i => new string(' ', i) + "k" + i + ":") + "---\n# PLAN: Deep\n",
        ["unclosed fence"] = () => FrontMatter + "```bash\n" + Lines(5000, i => "echo " + i),
        ["unclosed front matter"] = () => "---\nid: x\nstatus: ACTIVE\n" + Lines(5000, i => "k" + i + ": v"),
        ["front matter only dashes"] = () => "---\n---\n---\n---\n",
        ["unclosed HTML comment"] = () => FrontMatter + "<!-- execplan-disable EXP0203 -- never closed\n" + Lines(2000, i => "- [ ] " + i),
        ["unclosed table"] = () => FrontMatter + "| a | b |\n|---|---|\n" + Lines(20_000, i => "| " + i + " |"),
        ["empty"] = () => string.Empty,
        ["only newlines"] = () => new string('\n', 100_000),
        ["only carriage returns"] = () => new string('\r', 100_000),
        ["lone surrogates"] = () => FrontMatter + "\ud800 \udc00 x\ud83d\n",
        ["control characters"] = () => FrontMatter + string.Concat(Enumerable.Range(1, 31).Select(c => (char)c)) + "\n",
        ["BOM then front matter"] = () => "\ufeff" + FrontMatter,
    };

    /// <summary>Named inputs that only exist as bytes.</summary>
    public static IReadOnlyDictionary<string, byte[]> Bytes { get; } = new Dictionary<string, byte[]>
    {
        ["binary data"] = [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))],
        ["invalid UTF-8"] = [.. Encoding.UTF8.GetBytes(FrontMatter), 0xC3, 0x28, 0xFF, 0xFE, (byte)'\n'],
        ["truncated UTF-8 at end"] = [.. Encoding.UTF8.GetBytes(FrontMatter), 0xE2, 0x82],
        ["UTF-16 with BOM"] = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(FrontMatter)],
        ["empty file"] = [],
    };

    private static string Lines(int count, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }

    private static string Repeat(string value, int count) => new StringBuilder(value.Length * count).Insert(0, value, count).ToString();
}
