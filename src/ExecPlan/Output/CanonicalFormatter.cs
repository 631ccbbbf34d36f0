using System.Globalization;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;

namespace ExecPlan.Output;

/// <summary>Formats a finding as `path(line,col): error EXP0202: message`, the line MSBuild and CI problem matchers read.</summary>
public static class CanonicalFormatter
{
    /// <summary>The origin printed for a finding that has no file.</summary>
    public const string ToolOrigin = "execplan";

    /// <summary>One canonical line for the finding.</summary>
    public static string Format(Diagnostic diagnostic) => Format(diagnostic, null);

    /// <summary>One canonical line for the finding, its path relative to <paramref name="workingDirectory"/> when it lies inside.</summary>
    public static string Format(Diagnostic diagnostic, string? workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return Line(diagnostic, PathOf(diagnostic.FilePath, workingDirectory));
    }

    /// <summary>Writes one canonical line per finding, each ended by `\n`; each file's relative path is worked out once.</summary>
    public static void WriteAll(TextWriter output, IEnumerable<Diagnostic> diagnostics, string? workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (!paths.TryGetValue(diagnostic.FilePath ?? string.Empty, out var path))
            {
                path = PathOf(diagnostic.FilePath, workingDirectory);
                paths[diagnostic.FilePath ?? string.Empty] = path;
            }

            Write(output, diagnostic, path);
        }
    }

    // One canonical line and its line break, written in pieces: a run of 10,000 plans writes hundreds of thousands of lines,
    // and none of them needs to be a string of its own. The control characters a message holds are escaped, not flattened:
    // the finding stays on one line (problem matchers see all of it and nothing else) and the reader still sees which
    // characters the quoted text held.
    private static void Write(TextWriter output, Diagnostic diagnostic, string path)
    {
        output.Write(path);
        if (diagnostic.Span.Line > 0)
        {
            Span<char> position = stackalloc char[32];
            position.TryWrite(CultureInfo.InvariantCulture, $"({diagnostic.Span.Line},{Math.Max(1, diagnostic.Span.Column)})", out var written);
            output.Write(position[..written]);
        }

        output.Write(": ");
        output.Write(SeverityText.ToText(diagnostic.Severity));
        output.Write(' ');
        output.Write(diagnostic.Id);
        output.Write(": ");
        output.Write(ControlCharacters.Escape(diagnostic.Message));
        output.Write('\n');
    }

    private static string PathOf(string? filePath, string? workingDirectory) =>
        string.IsNullOrEmpty(filePath)
            ? ToolOrigin
            : ControlCharacters.Escape(workingDirectory is null ? filePath : ReportPath.Relative(filePath, workingDirectory, Path.DirectorySeparatorChar));

    private static string Line(Diagnostic diagnostic, string path)
    {
        using var line = new StringWriter(CultureInfo.InvariantCulture);
        Write(line, diagnostic, path);
        var text = line.GetStringBuilder();
        return text.ToString(0, text.Length - 1); // Without the line break.
    }
}
