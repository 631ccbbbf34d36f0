using System.Globalization;

namespace ExecPlan.Migration;

/// <summary>What a plan file's history says: when it was added, when last changed, and by whom.</summary>
/// <param name="Created">The first commit that added the file (the modification time without git).</param>
/// <param name="Updated">The last commit that changed it (the modification time without git).</param>
/// <param name="Author">The last commit's author name, or null without git.</param>
/// <param name="FromGit">Whether git answered; false when the times are the file's modification time.</param>
public sealed record FileHistory(DateTimeOffset Created, DateTimeOffset Updated, string? Author, bool FromGit)
{
    /// <summary>
    /// The UTC offset git recorded on every commit of the file (the author's clock), or null without git or when the commits differ:
    /// the zone a time written in the file without one was most likely meant in.
    /// </summary>
    public TimeSpan? Offset { get; init; }

    /// <summary>Reads the history of <paramref name="path"/> with `git log --follow`; the modification time when git is absent or the file untracked.</summary>
    public static FileHistory Read(string path)
    {
        var commits = GitLog(path);
        if (commits is not { Count: > 0 })
        {
            var time = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
            time = time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
            return new FileHistory(time, time, null, FromGit: false);
        }

        // git log lists the newest first. Commits in more than one offset (another author, summer time) leave the zone open.
        var offsets = commits.Select(c => c.Time.Offset).Distinct().ToList();
        return new FileHistory(commits[^1].Time.ToUniversalTime(), commits[0].Time.ToUniversalTime(), commits[0].Author, FromGit: true)
        {
            Offset = offsets.Count == 1 ? offsets[0] : null,
        };
    }

    private static List<(DateTimeOffset Time, string Author)>? GitLog(string path) =>
        Git.Run(Path.GetDirectoryName(Path.GetFullPath(path))!, "log", "--follow", "--format=%aI%x09%an", "--", Path.GetFileName(path)) is { } log
            ? [.. Commits(log)]
            : null;

    private static IEnumerable<(DateTimeOffset Time, string Author)> Commits(string log)
    {
        foreach (var line in log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('\t', 2);
            if (DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                yield return (time, parts.Length > 1 ? parts[1] : string.Empty);
            }
        }
    }
}
