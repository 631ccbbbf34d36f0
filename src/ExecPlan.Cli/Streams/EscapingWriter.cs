using ExecPlan.Output;

namespace ExecPlan.Cli.Streams;

/// <summary>A writer that shows every control character but the line break as a visible escape, for text the CLI does not compose
/// itself: System.CommandLine's parse errors quote the arguments as typed, and an ESC or bidi override in them must not reach the terminal raw.</summary>
/// <param name="inner">The writer the escaped text goes to.</param>
internal sealed class EscapingWriter(TextWriter inner) : TextWriter
{
    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            inner.Write(value);
        }
        else
        {
            inner.Write(ControlCharacters.Escape(value.ToString()));
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        // Line by line, so the line breaks the library writes stay line breaks (a "\r\n" NewLine keeps only its "\n").
        var lines = value.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                inner.Write('\n');
            }

            inner.Write(ControlCharacters.Escape(lines[i]));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(buffer.ToString());

    public override void Flush() => inner.Flush();
}
