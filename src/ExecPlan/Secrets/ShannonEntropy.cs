namespace ExecPlan.Secrets;

/// <summary>Shannon entropy and character-class counts: the cheap randomness gates that keep prose from looking like a secret.</summary>
public static class ShannonEntropy
{
    /// <summary>Entropy of the character distribution of <paramref name="text"/>, in bits per character (0 for empty text).</summary>
    public static double BitsPerChar(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        Span<int> ascii = stackalloc int[128];
        Dictionary<char, int>? other = null;
        foreach (var c in text)
        {
            if (c < 128)
            {
                ascii[c]++;
            }
            else
            {
                other ??= [];
                other[c] = other.GetValueOrDefault(c) + 1;
            }
        }

        double length = text.Length, bits = 0;
        foreach (var count in ascii)
        {
            bits += Term(count, length);
        }

        foreach (var count in other?.Values ?? Enumerable.Empty<int>())
        {
            bits += Term(count, length);
        }

        return bits;
    }

    /// <summary>How many of the classes lower-case letter, upper-case letter, digit and anything else occur in <paramref name="text"/>.</summary>
    public static int CharClasses(ReadOnlySpan<char> text)
    {
        bool lower = false, upper = false, digit = false, other = false;
        foreach (var c in text)
        {
            lower |= char.IsLower(c);
            upper |= char.IsUpper(c);
            digit |= char.IsDigit(c);
            other |= !char.IsLetterOrDigit(c);
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static double Term(int count, double length)
    {
        if (count == 0)
        {
            return 0;
        }

        var p = count / length;
        return -p * Math.Log2(p);
    }
}
