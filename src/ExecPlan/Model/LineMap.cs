using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>Maps character offsets of a text to 1-based lines and columns; CR, LF and CRLF all end a line.</summary>
public sealed class LineMap
{
    private readonly int[] _starts;
    private readonly int _count;
    private readonly int _length;

    // The line index the last lookup found: readers walk a plan forward, so most lookups are that line or the next. A stale
    // value read by another thread only costs a binary search; it is checked before it is used.
    private int _hint;

    /// <summary>Indexes the line starts of <paramref name="text"/> in one pass.</summary>
    public LineMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();

        // Sized for LF and CRLF endings; a text with lone CRs grows the array.
        var starts = new int[span.Count('\n') + 1];
        var count = 1;
        for (var at = span.IndexOfAny('\r', '\n'); at >= 0;)
        {
            var next = at + (span[at] == '\r' && at + 1 < span.Length && span[at + 1] == '\n' ? 2 : 1);
            if (count == starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
            }

            starts[count++] = next;
            var rest = span[next..].IndexOfAny('\r', '\n');
            at = rest < 0 ? -1 : next + rest;
        }

        _starts = starts;
        _count = count;
        _length = text.Length;
    }

    /// <summary>The number of lines (a trailing newline opens an empty last line).</summary>
    public int LineCount => _count;

    /// <summary>The offset where the 1-based line starts.</summary>
    public int LineStart(int line) => _starts[Math.Clamp(line, 1, _count) - 1];

    /// <summary>The offset just past the 1-based line's content, before its line break.</summary>
    public int LineEnd(int line, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = line < _count ? _starts[line] : _length;
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
        var hint = _hint;
        if (_starts[hint] <= offset)
        {
            if (hint + 1 == _count || offset < _starts[hint + 1])
            {
                return hint + 1;
            }

            if (hint + 2 == _count || offset < _starts[hint + 2])
            {
                _hint = hint + 1;
                return hint + 2;
            }
        }

        var index = _starts.AsSpan(0, _count).BinarySearch(offset);
        var line = index >= 0 ? index + 1 : ~index;
        _hint = line - 1;
        return line;
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
