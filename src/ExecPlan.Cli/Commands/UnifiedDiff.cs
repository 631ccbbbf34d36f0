namespace ExecPlan.Cli.Commands;

/// <summary>Writes the change from one text to another as a unified diff (`--- a/path`, `+++ b/path`, hunks with three lines of context).</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    // Above this many line pairs the changed middle is shown as removed then added, not aligned line by line.
    private const long MaxAligned = 4_000_000;

    /// <summary>Writes the diff of <paramref name="before"/> and <paramref name="after"/>, or nothing when they are equal; secrets in either text are never shown.</summary>
    public static void Write(TextWriter output, string path, string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var edits = Edits(a, b);
        var redaction = ExecPlan.Secrets.PlanTextRedaction.Of(before, after);
        if (edits.All(e => e.Kind == ' '))
        {
            return;
        }

        output.WriteLine($"--- a/{path}");
        output.WriteLine($"+++ b/{path}");
        var changes = Enumerable.Range(0, edits.Count).Where(i => edits[i].Kind != ' ').ToList();
        var first = 0;
        while (first < changes.Count)
        {
            var last = first;
            while (last + 1 < changes.Count && changes[last + 1] - changes[last] <= 2 * Context)
            {
                last++;
            }

            WriteHunk(output, edits, Math.Max(0, changes[first] - Context), Math.Min(edits.Count - 1, changes[last] + Context), redaction);
            first = last + 1;
        }
    }

    private static void WriteHunk(TextWriter output, List<(char Kind, string Line, int A, int B)> edits, int from, int to, ExecPlan.Secrets.PlanTextRedaction redaction)
    {
        var hunk = edits.GetRange(from, to - from + 1);
        var aCount = hunk.Count(e => e.Kind != '+');
        var bCount = hunk.Count(e => e.Kind != '-');
        var aStart = aCount == 0 ? hunk[0].A - 1 : hunk.First(e => e.Kind != '+').A;
        var bStart = bCount == 0 ? hunk[0].B - 1 : hunk.First(e => e.Kind != '-').B;
        output.WriteLine($"@@ -{aStart},{aCount} +{bStart},{bCount} @@");
        foreach (var (kind, line, _, _) in hunk)
        {
            output.Write(kind);
            output.WriteLine(redaction.Redact(line));
        }
    }

    // Every line as kept, removed or added, with its 1-based line number in each text (the next line's where it has none).
    private static List<(char Kind, string Line, int A, int B)> Edits(string[] a, string[] b)
    {
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        int endA = a.Length, endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var kinds = new List<char>();
        kinds.AddRange(Enumerable.Repeat(' ', start));
        kinds.AddRange(Middle(a[start..endA], b[start..endB]));
        kinds.AddRange(Enumerable.Repeat(' ', a.Length - endA));
        var edits = new List<(char, string, int, int)>(kinds.Count);
        int i = 0, j = 0;
        foreach (var kind in kinds)
        {
            edits.Add((kind, kind == '+' ? b[j] : a[i], i + 1, j + 1));
            i += kind == '+' ? 0 : 1;
            j += kind == '-' ? 0 : 1;
        }

        return edits;
    }

    // A longest common subsequence of the changed lines, as keep/remove/add steps.
    private static List<char> Middle(string[] a, string[] b)
    {
        if ((long)a.Length * b.Length > MaxAligned)
        {
            return [.. Enumerable.Repeat('-', a.Length), .. Enumerable.Repeat('+', b.Length)];
        }

        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var steps = new List<char>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                steps.Add(' ');
                (x, y) = (x + 1, y + 1);
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                steps.Add('-');
                x++;
            }
            else
            {
                steps.Add('+');
                y++;
            }
        }

        return steps;
    }

    // Lines without their breaks (a CRLF file diffs as its lines); a final line break opens no extra line.
    private static string[] Lines(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        return [.. lines.Select(l => l.TrimEnd('\r'))];
    }
}
