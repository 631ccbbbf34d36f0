using System.Buffers;
using System.Text.Unicode;
using ExecPlan.Diagnostics;
using ExecPlan.Input;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Rules;

namespace ExecPlan.Linting;

/// <summary>Reads a plan file's bytes into text: too large, unreadable, binary and invalid UTF-8 files become findings, never exceptions.</summary>
[ImplementsRule(RuleIds.UnreadableFile)]
[ImplementsRule(RuleIds.InvalidEncoding)]
[ImplementsRule(RuleIds.FileTooLarge)]
internal static class PlanFileReader
{
    /// <summary>The decoded text without a byte-order mark, or the finding that explains why there is none.</summary>
    public static (string? Text, Diagnostic? Problem) Read(string path, long maxSize)
    {
        var read = BoundedFile.Read(path, maxSize);
        return read.Failure switch
        {
            FileReadFailure.None => Decode(path, read.Bytes),
            FileReadFailure.TooLarge => (null, Problem(RuleCatalog.FileTooLarge, path, SourceSpan.FileStart, Number(read.Size), Number(maxSize))),
            _ => (null, Problem(RuleCatalog.UnreadableFile, path, SourceSpan.FileStart, read.Reason!)),
        };
    }

    /// <summary>As <see cref="Read(string, long)"/>, from a stream (standard input) named <paramref name="path"/> in its findings:
    /// at most <paramref name="maxSize"/> plus one bytes are read, so an endless stream is EXP0003, never an exhausted memory.</summary>
    public static (string? Text, Diagnostic? Problem) Read(Stream stream, string path, long maxSize)
    {
        var limit = (int)Math.Min(maxSize + 1, Array.MaxLength);
        var bytes = new MemoryStream();
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while (bytes.Length < limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - bytes.Length))) > 0)
            {
                bytes.Write(buffer, 0, read);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            return (null, Problem(RuleCatalog.UnreadableFile, path, SourceSpan.FileStart, e.Message.TrimEnd('.')));
        }

        // The size of the rest is not known (it is not read): the finding says "more than" the limit.
        return bytes.Length > maxSize
            ? (null, Problem(RuleCatalog.FileTooLarge, path, SourceSpan.FileStart, "more than " + Number(maxSize), Number(maxSize)))
            : Decode(path, bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Decodes UTF-8 strictly; a NUL byte or an invalid sequence is EXP0002 at the first bad byte.</summary>
    public static (string? Text, Diagnostic? Problem) Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var content = bytes[start..];
        var nul = content.IndexOf((byte)0);
        if (nul >= 0)
        {
            return (null, Problem(RuleCatalog.InvalidEncoding, path, ByteSpan(content, nul), $"it holds a NUL byte at offset {nul + start} (a binary file?)"));
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, content.Length));
        try
        {
            var status = Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                return (null, Problem(RuleCatalog.InvalidEncoding, path, ByteSpan(content, read), $"invalid UTF-8 byte 0x{content[read]:X2} at offset {read + start}"));
            }

            return (new string(chars, 0, written), null);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // Lines and columns of a byte offset; columns count bytes here, as the text could not be decoded.
    private static SourceSpan ByteSpan(ReadOnlySpan<byte> content, int offset)
    {
        var before = content[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return SourceSpan.At(line, offset - lineStart + 1);
    }

    private static Diagnostic Problem(RuleDescriptor rule, string path, SourceSpan span, params string[] arguments) =>
        new(rule, rule.DefaultSeverity, path, span, rule.Format(arguments));
}
