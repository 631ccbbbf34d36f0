using System.Buffers;
using System.Text.Json;

namespace ExecPlan.Secrets;

/// <summary>Checks that a JWT-shaped token's header is really a JWT header, so dotted base64 runs are not reported.</summary>
internal static class JwtHeader
{
    /// <summary>True when the part before the first dot decodes (base64url) to a JSON object with an <c>alg</c> member.</summary>
    public static bool HasAlg(ReadOnlySpan<char> token)
    {
        var dot = token.IndexOf('.');
        var header = dot < 0 ? token : token[..dot];
        if (header.IsEmpty || header.Length > 4096)
        {
            return false;
        }

        var padded = header.Length + ((4 - (header.Length % 4)) % 4);
        var chars = ArrayPool<char>.Shared.Rent(padded);
        var bytes = ArrayPool<byte>.Shared.Rent(padded);
        try
        {
            for (var i = 0; i < padded; i++)
            {
                chars[i] = i >= header.Length ? '=' : header[i] switch { '-' => '+', '_' => '/', var c => c };
            }

            return Convert.TryFromBase64Chars(chars.AsSpan(0, padded), bytes, out var written) && IsHeader(bytes.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static bool IsHeader(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 8 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("alg"u8))
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
