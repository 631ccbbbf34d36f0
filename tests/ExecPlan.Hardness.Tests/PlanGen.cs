using System.Text;
using CsCheck;

namespace ExecPlan.Hardness.Tests;

/// <summary>CsCheck generators of plan-shaped text: token soup, random front matter, and real corpus plans with random edits.</summary>
internal static class PlanGen
{
    // Pieces that steer Markdig, YamlDotNet and the rules into their interesting paths.
    private static readonly string[] MarkdownTokens =
    [
        "\n", "\n", "\n", " ", "  ", "    ", "\t", "\r\n", "\r", "# ", "## ", "### ", "#### ", "- ", "* ", "+ ", "1. ", "2) ", "> ", "- [ ] ", "- [x] ",
        "```", "~~~", "```bash\n", "`", "**", "__", "*", "_", "[", "]", "(", ")", "![", "<", ">", "<!--", "-->", "<!-- execplan-disable EXP0203 -- r -->",
        "<!-- execplan-disable-next-line EXP0301 -->", "<!-- execplan-enable EXP0203 -->", "<!-- execplan-disable-file EXP9999 -->", "|", "| a | b |\n|---|---|\n", "+---+\n| a |\n+===+\n",
        "---", "...", "===", ":", ": ", "Owner: ", "Status: ", "**Decision:** ", "Rationale: ", "Date/Author: ", "2026-01-01T00:00:00Z", "2025-13-45T99:99:99Z",
        "(2026-01-02 10:00Z)", "PLAN: ", "<Task Name>", "TODO", "TBD", "â€”", "é", "😀", "\u200b", "\\", "&amp;", "http://x.y/z", "`src/x.cs`", "word", "words and more words",
        "Purpose / Big Picture", "Progress", "Surprises & Discoveries", "Decision Log", "Outcomes & Retrospective", "Context and Orientation", "Plan of Work",
        "Concrete Steps", "Validation and Acceptance", "Idempotence and Recovery", "Artifacts and Notes", "Interfaces and Dependencies",
    ];

    private static readonly string[] YamlTokens =
    [
        "id", "status", "owner", "created", "updated", "profile", "title", ": ", ":", "\n", " ", "  ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b", "!!str ", "!tag ",
        "'", "\"", "|", ">", "#", "? ", "---", "...", "ACTIVE", "DRAFT", "codex-strict", "2026-01-01T00:00:00Z", "2026-02-30", "null", "~", "true", "0x1F", "1e400", "é", "\t", "%YAML 1.2\n",
    ];

    // Pieces of `.execplan.yaml` and `.agent-locks.yaml`: their keys, globs, timestamps and the YAML that breaks them.
    private static readonly string[] RepositoryYamlTokens =
    [
        "level", "schema", "rules", "EXP0203", "off", "warning", "include", "exclude", "extra_sections", "max_file_size", "root", "stale_after",
        "metrics", "external_dependencies", "acceptance_verifiability", "evidence_coverage", "living_freshness", "0.8", "1.5", "-1", "15m",
        "version", "generated_at", "ttl_seconds", "locks", "owner", "scope", "paths", "acquired_at", "expires_at", "notes", "agent-1", "agent-2",
        "src/**", "**", "*", "{a,b}", "[abc]", "?", "docs/*.md", "*a*a*a*", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z",
        ": ", "\n", "\n  ", "\n    ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "'", "\"", "#", "\t", "\u001b", "\\x1b", "\r",
        "gh" + "p_R8BcQ4t8JbV1eyQjQapBLaHwUc9Rv9xZ2mKq", "sk-proj-", "é", "令牌", "\ufeff",
    ];

    private static readonly string[] Corpus = [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>Random Markdown built from plan-shaped tokens.</summary>
    public static Gen<string> Markdown { get; } = Gen.OneOf(MarkdownTokens).Array[0, 300].Select(string.Concat);

    /// <summary>A random YAML front matter block (sometimes unclosed) followed by random Markdown.</summary>
    public static Gen<string> FrontMatterPlan { get; } = Gen.Select(Gen.OneOf(YamlTokens).Array[0, 120], Gen.Bool, Markdown, (yaml, closed, body) =>
        "---\n" + string.Concat(yaml) + (closed ? "\n---\n" : "\n") + body);

    /// <summary>Random text shaped like `.execplan.yaml` or `.agent-locks.yaml`.</summary>
    public static Gen<string> RepositoryYaml { get; } = Gen.OneOf(RepositoryYamlTokens).Array[0, 200].Select(string.Concat);

    /// <summary>A real corpus plan with up to eight random edits: deletions, duplications, insertions, swaps and truncation.</summary>
    public static Gen<string> MutatedPlan { get; } = Gen.Select(Gen.Int[0, Corpus.Length - 1], Gen.Select(Gen.Int[0, 4], Gen.Double[0.0, 0.999], Gen.Double[0.0, 0.999], Gen.OneOf(MarkdownTokens)).Array[1, 8], (index, edits) =>
    {
        var text = new StringBuilder(Corpus[index]);
        foreach (var (kind, at, length, token) in edits)
        {
            var start = (int)(at * text.Length);
            var count = Math.Min(text.Length - start, (int)(length * 400));
            switch (kind)
            {
                case 0: text.Remove(start, count); break;
                case 1: text.Insert(start, text.ToString(start, count)); break;
                case 2: text.Insert(start, token); break;
                case 3: text.Insert(start, token + token + token); break;
                default: text.Length = start; break;
            }
        }

        return text.ToString();
    });

    /// <summary>Random bytes, often valid UTF-8 and sometimes not.</summary>
    public static Gen<byte[]> Bytes { get; } = Gen.Frequency(
        (3, Markdown.Select(s => Encoding.UTF8.GetBytes(s))),
        (1, Gen.Byte.Array[0, 2000]),
        (1, Gen.Select(Markdown, Gen.Byte.Array[1, 8], Gen.Double[0.0, 0.999], (s, junk, at) =>
        {
            var bytes = Encoding.UTF8.GetBytes(s);
            var cut = (int)(at * bytes.Length);
            return (byte[])[.. bytes[..cut], .. junk, .. bytes[cut..]];
        })));
}
