namespace ExecPlan.Cli.Commands;

/// <summary>The formats of `execplan status`.</summary>
internal enum BoardFormat
{
    /// <summary>A block of lines per plan, for a terminal.</summary>
    Text,

    /// <summary>Markdown for $GITHUB_STEP_SUMMARY or a pull-request comment.</summary>
    Markdown,

    /// <summary>The versioned JSON board (docs/status.md).</summary>
    Json,

    /// <summary>One self-contained HTML page.</summary>
    Html,
}

/// <summary>The names of <see cref="BoardFormat"/> as `--format` takes them.</summary>
internal static class BoardFormats
{
    /// <summary>Every format's name, in lower case, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<BoardFormat>().Select(Name)];

    /// <summary>The name `--format` takes for <paramref name="format"/>.</summary>
    public static string Name(BoardFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The format named <paramref name="text"/> (null: text); throws <see cref="UsageException"/> for any other.</summary>
    public static BoardFormat Parse(string? text) => text is null
        ? BoardFormat.Text
        : Enum.GetValues<BoardFormat>().Where(f => Name(f) == text).Select(f => (BoardFormat?)f).FirstOrDefault()
            ?? throw new UsageException($"unknown format '{text}'; use {CliOptions.Or(Names)}");
}
