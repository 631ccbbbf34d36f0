using System.Collections.Concurrent;
using Markdig;
using YamlDotNet.Core;

namespace ExecPlan.Benchmarks;

/// <summary>The floor the engine is measured against: read each file and parse it with YamlDotNet (front matter) and Markdig (the rest), in parallel, and nothing else.</summary>
internal static class Floor
{
    // The extensions the engine's parser uses, so the floor parses the same Markdown.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseGridTables()
        .UseTaskLists()
        .Build();

    /// <summary>Reads and parses every `.md` file under <paramref name="folder"/>; returns the number of Markdown blocks seen.</summary>
    public static int ParseFolder(string folder)
    {
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories);
        var blocks = 0;
        Parallel.ForEach(
            Partitioner.Create(0, files.Length, Math.Max(1, files.Length / (Environment.ProcessorCount * 8))),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    Interlocked.Add(ref blocks, Parse(File.ReadAllText(files[i])));
                }
            });
        return blocks;
    }

    /// <summary>Parses one plan's text: the YAML front matter as events, the body as a Markdig document.</summary>
    public static int Parse(string text)
    {
        var bodyStart = 0;
        if (text.StartsWith("---", StringComparison.Ordinal) && text.IndexOf("\n---", 3, StringComparison.Ordinal) is var close and > 0)
        {
            var parser = new Parser(new StringReader(text[3..close]));
            while (parser.MoveNext())
            {
            }

            bodyStart = close + 4;
        }

        return Markdown.Parse(text[bodyStart..], Pipeline).Count;
    }
}
