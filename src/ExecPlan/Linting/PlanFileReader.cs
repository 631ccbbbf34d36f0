using System.Buffers;
using System.Text.Unicode;
using ExecPlan.Diagnostics;
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
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > maxSize)
            {
                return (null, Problem(RuleCatalog.FileTooLarge, path, SourceSpan.FileStart, info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), maxSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return (null, Problem(RuleCatalog.UnreadableFile, path, SourceSpan.FileStart, Reason(e)));
        }

        if (bytes.LongLength > maxSize)
        {
            return (null, Problem(RuleCatalog.FileTooLarge, path, SourceSpan.FileStart, bytes.LongLength.ToString(System.Globalization.CultureInfo.InvariantCulture), maxSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Decode(path, bytes);
    }

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

    private static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "it does not exist (it may have been moved or deleted during the build)",
        UnauthorizedAccessException => "access is denied",
        _ => e.Message.TrimEnd('.'),
    };

    private static Diagnostic Problem(RuleDescriptor rule, string path, SourceSpan span, params string[] arguments) =>
        new(rule, rule.DefaultSeverity, path, span, rule.Format(arguments));
}
