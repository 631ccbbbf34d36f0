using ExecPlan.Diagnostics;
using Range = ExecPlan.Cli.Lsp.Protocol.Range;
using Position = ExecPlan.Cli.Lsp.Protocol.Position;

namespace ExecPlan.Cli.Lsp;

/// <summary>
/// The engine's spans (1-based lines and columns, columns in UTF-16 code units, end column just past the range) as LSP ranges
/// (0-based lines, UTF-16 characters, end exclusive): the same units, one less each; on the first line a byte-order mark the client
/// kept counts for LSP and not for the engine. Offsets are the engine's (<see cref="OpenDocument.PlanText"/>).
/// </summary>
internal static class LspRanges
{
    /// <summary>The range of a span, clamped to the document; an empty span widens to the rest of its line (so it can be seen).</summary>
    public static Range Of(SourceSpan span, OpenDocument? document)
    {
        var start = new Position(Math.Max(span.Line - 1, 0), Math.Max(span.Column - 1, 0));
        var end = new Position(Math.Max(span.EndLine - 1, 0), Math.Max(span.EndColumn - 1, 0));
        if (document is null)
        {
            return new Range(start, end);
        }

        start = Clamp(start, document);
        end = Clamp(end, document);
        if (document.Bom > 0)
        {
            (start, end) = (Shift(start, document), Shift(end, document));
        }

        if (start == end)
        {
            var lineLength = LineLength(document, start.Line) + (start.Line == 0 ? document.Bom : 0);
            end = start.Character < lineLength ? end with { Character = lineLength } : end;
        }

        return new Range(start, end);
    }

    /// <summary>The range of an edit's span, exact (an insertion stays empty).</summary>
    public static Range OfEdit(SourceSpan span, OpenDocument document) =>
        new(Shift(Clamp(new Position(span.Line - 1, span.Column - 1), document), document), Shift(Clamp(new Position(span.EndLine - 1, span.EndColumn - 1), document), document));

    /// <summary>The position of an offset of the engine's text.</summary>
    public static Position PositionOf(int offset, OpenDocument document)
    {
        var (line, column) = document.Lines.PositionOf(offset);
        return Shift(new Position(line - 1, column - 1), document);
    }

    /// <summary>The offset in the engine's text of a position, clamped to its line and the document.</summary>
    public static int OffsetOf(Position position, OpenDocument document)
    {
        var engine = position.Line == 0 ? position with { Character = Math.Max(position.Character - document.Bom, 0) } : position;
        var clamped = Clamp(engine, document);
        return document.Lines.LineStart(clamped.Line + 1) + clamped.Character;
    }

    /// <summary>The offset in the client's text (<see cref="OpenDocument.Text"/>) of a position.</summary>
    public static int ClientOffsetOf(Position position, OpenDocument document) =>
        position is { Line: 0, Character: 0 } ? 0 : OffsetOf(position, document) + document.Bom;

    // An engine position (clamped) as the client counts it: after the byte-order mark on the first line.
    private static Position Shift(Position position, OpenDocument document) =>
        position.Line == 0 && document.Bom > 0 ? position with { Character = position.Character + document.Bom } : position;

    /// <summary>Whether two ranges share a position (touching counts, so a cursor at a range's end finds it).</summary>
    public static bool Touch(Range a, Range b) => !Before(a.End, b.Start) && !Before(b.End, a.Start);

    /// <summary>Whether a position lies in a range, its ends included.</summary>
    public static bool Contains(Range range, Position position) => !Before(position, range.Start) && !Before(range.End, position);

    private static bool Before(Position a, Position b) => a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character);

    private static Position Clamp(Position position, OpenDocument document)
    {
        var lines = document.Lines.LineCount;
        if (position.Line >= lines)
        {
            return new Position(lines - 1, LineLength(document, lines - 1));
        }

        var line = Math.Max(position.Line, 0);
        return new Position(line, Math.Clamp(position.Character, 0, LineLength(document, line)));
    }

    private static int LineLength(OpenDocument document, int line) =>
        document.Lines.LineEnd(line + 1, document.PlanText) - document.Lines.LineStart(line + 1);
}
