using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Schema;

namespace ExecPlan.Migration;

/// <summary>
/// Pipe tables as bullet lists (EXP0801's help: "write the table as a bullet list"): one bullet per row, each non-empty cell after its
/// column's header, `- Option: A. Full ESLint; Biome: —; When to pick: Default ...`. Every cell's text stays; the delimiter row
/// (`| --- |`) says only how to align columns, which a list has none of. An empty cell says nothing, so it is left out rather than
/// written as `Header: ` with no value.
/// </summary>
internal static class TableBullets
{
    private static PlanSchema Target => PlanSchemas.ExecPlan;

    /// <summary>The text with every pipe table written as a bullet list; a table of another shape (a grid table) stays as it was.</summary>
    public static string Rewrite(string path, string text)
    {
        var document = PlanParser.Parse(path, text, Target);
        var edits = new List<TextEdit>();
        foreach (var table in document.Tables)
        {
            var start = document.Lines.LineStart(table.Line);
            var end = FixText.NextLineStart(document, document.Lines.LineStart(table.EndLine));
            if (Bullets(text[start..end].TrimEnd('\n').Split('\n')) is not { } bullets)
            {
                continue;
            }

            // A blank line after the list, so that the line after the table does not continue its last bullet.
            var blankAfter = end < text.Length && text[end] != '\n' ? "\n" : string.Empty;
            edits.Add(FixText.Replace(document, start, end, string.Join('\n', bullets) + "\n" + blankAfter));
        }

        return edits.Count == 0 ? text : MigrationEdits.Apply(text, edits);
    }

    // The rows as bullets at the table's indentation, or null when the second line is not a delimiter row.
    private static List<string>? Bullets(string[] lines)
    {
        if (lines.Length < 2 || !Cells(lines[1]).All(c => c.Trim(':', ' ').Length > 0 && c.Trim(':', ' ').All(ch => ch == '-')))
        {
            return null;
        }

        var indent = lines[0][..(lines[0].Length - lines[0].TrimStart().Length)];
        var headers = Cells(lines[0]);
        var bullets = new List<string>();
        foreach (var row in lines.Skip(2))
        {
            var cells = Cells(row)
                .Select((cell, i) => (Header: i < headers.Count ? headers[i] : string.Empty, Cell: cell))
                .Where(c => c.Cell.Length > 0)
                .Select(c => c.Header.Length > 0 ? $"{c.Header}: {c.Cell}" : c.Cell)
                .ToList();
            if (cells.Count > 0)
            {
                bullets.Add(indent + "- " + string.Join("; ", cells));
            }
        }

        return bullets;
    }

    // A row's cells, trimmed: split at every `|` that is not escaped (a `\|` is the cell's own text and stays as written), without
    // the outer pipes.
    private static List<string> Cells(string row)
    {
        var line = row.Trim();
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                cell.Append(line[i]).Append(line[++i]);
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        cells.Add(cell.ToString().Trim());
        if (line.StartsWith('|'))
        {
            cells.RemoveAt(0);
        }

        if (line.EndsWith('|') && !line.EndsWith("\\|", StringComparison.Ordinal) && cells.Count > 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }
}
