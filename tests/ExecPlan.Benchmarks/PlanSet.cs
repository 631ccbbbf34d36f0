using System.Text;
using System.Text.RegularExpressions;

namespace ExecPlan.Benchmarks;

/// <summary>Benchmark inputs made from the shared corpus of real plans: N plan files under a `plans` folder, or one large plan.</summary>
internal static partial class PlanSet
{
    /// <summary>The corpus of real plans in the repository.</summary>
    public static string CorpusFolder { get; } = Path.Combine(TestRepository.Root, "tests", "ExecPlan.Tests", "Corpus", "real");

    /// <summary>Writes <paramref name="count"/> plans (the corpus round-robin, each with a unique id) under <paramref name="root"/>/plans; returns the root.</summary>
    public static string Write(string root, int count)
    {
        var plans = Directory.CreateDirectory(Path.Combine(root, "plans")).FullName;
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        var corpus = Corpus();
        for (var i = 0; i < count; i++)
        {
            var (name, text) = corpus[i % corpus.Count];
            var unique = IdLine().Replace(text, m => $"{m.Value}-{i:D5}", 1);
            File.WriteAllText(Path.Combine(plans, $"{i:D5}-{name}"), unique);
        }

        return root;
    }

    /// <summary>One plan of at least <paramref name="bytes"/> UTF-8 bytes: a corpus plan whose body is repeated.</summary>
    public static string Large(int bytes)
    {
        var (_, text) = Corpus().MaxBy(p => p.Text.Length);
        var body = text.IndexOf("\n## ", StringComparison.Ordinal) is var start and > 0 ? text[start..] : text;
        var plan = new StringBuilder(text, bytes + text.Length);
        while (Encoding.UTF8.GetByteCount(plan.ToString()) < bytes)
        {
            plan.Append(body);
        }

        return plan.ToString();
    }

    private static List<(string Name, string Text)> Corpus() =>
        [.. Directory.GetFiles(CorpusFolder, "*.md").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];

    [GeneratedRegex(@"(?m)^id:[^\r\n]*?(?=\s*$)")]
    private static partial Regex IdLine();
}
