using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>Maps character offsets of a text to 1-based lines and columns; CR, LF and CRLF all end a line.</summary>
public sealed class LineMap
{
    private readonly int[] _starts;
    private readonly int _length;

    /// <summary>Indexes the line starts of <paramref name="text"/> in one pass.</summary>
    public LineMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _starts = [.. starts];
        _length = text.Length;
    }

    /// <summary>The number of lines (a trailing newline opens an empty last line).</summary>
    public int LineCount => _starts.Length;

    /// <summary>The offset where the 1-based line starts.</summary>
    public int LineStart(int line) => _starts[Math.Clamp(line, 1, _starts.Length) - 1];

    /// <summary>The offset just past the 1-based line's content, before its line break.</summary>
    public int LineEnd(int line, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = line < _starts.Length ? _starts[line] : _length;
        while (end > LineStart(line) && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    /// <summary>The 1-based line holding the offset.</summary>
    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The 1-based line and column of the offset.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var line = LineOf(offset);
        return (line, Math.Clamp(offset, 0, _length) - _starts[line - 1] + 1);
    }

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> (exclusive offsets).</summary>
    public SourceSpan SpanOf(int start, int end)
    {
        var (line, column) = PositionOf(start);
        var (endLine, endColumn) = PositionOf(Math.Max(start, end));
        return new SourceSpan(line, column, endLine, endColumn);
    }
}
