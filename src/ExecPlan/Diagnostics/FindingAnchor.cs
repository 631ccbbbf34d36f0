using System.Globalization;

namespace ExecPlan.Diagnostics;

/// <summary>
/// Where a finding stands in its plan, in terms that survive unrelated edits: the section it is in and a hash of the text of
/// its line with blanks collapsed. Inserting lines above a finding moves its line number, not its anchor; editing its own line
/// changes the anchor, as it should (the line is a new line). Holds no plan text: an unknown section is named by a hash too.
/// </summary>
/// <param name="Section">The canonical title of the schema section the finding is in; `#` and a hash of its heading for a
/// section the schema does not know; `front matter`; or empty (the title and what precedes the first section).</param>
/// <param name="LineHash">The 64-bit FNV-1a hash of the line's text, trimmed and with each run of blanks made one space.</param>
public readonly record struct FindingAnchor(string Section, ulong LineHash)
{
    /// <summary>The section name of a finding in the front matter.</summary>
    public const string FrontMatter = "front matter";

    /// <summary>The hash as written in baselines and fingerprints: 16 lowercase hexadecimal digits.</summary>
    public string LineHashText => LineHash.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>The anchor of a finding on the line <paramref name="line"/> (its text) in <paramref name="section"/>.</summary>
    public static FindingAnchor Of(string section, ReadOnlySpan<char> line) => new(section, Hash(line));

    /// <summary>The FNV-1a hash of the text trimmed, each run of white space counted as one space (a reflowed indent is the same line).</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var hash = Fnv64.Start;
        var pendingSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                hash = Fnv64.Append(hash, ' ');
                pendingSpace = false;
            }

            hash = Fnv64.Append(hash, c);
        }

        return hash;
    }
}

/// <summary>The 64-bit FNV-1a hash, over UTF-16 code units (low byte, then high byte): stable across runs, processes and machines.</summary>
public static class Fnv64
{
    /// <summary>The hash of nothing (the offset basis).</summary>
    public const ulong Start = 14695981039346656037;

    private const ulong Prime = 1099511628211;

    /// <summary>The hash continued with one character.</summary>
    public static ulong Append(ulong hash, char c) => (((hash ^ (c & 0xFFu)) * Prime) ^ (uint)(c >> 8)) * Prime;

    /// <summary>The hash continued with the characters of <paramref name="text"/>, then a separator (so "ab","c" and "a","bc" differ).</summary>
    public static ulong Append(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Append(hash, c);
        }

        return Append(hash, '\0');
    }

    /// <summary>The hash continued with <paramref name="bytes"/>.</summary>
    public static ulong Append(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }

    /// <summary>The hash continued with the eight bytes of <paramref name="value"/>.</summary>
    public static ulong Append(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++, value >>= 8)
        {
            hash = (hash ^ (value & 0xFF)) * Prime;
        }

        return hash;
    }
}

/// <summary>Whether a finding was in the run's baseline (SARIF's baselineState).</summary>
public enum BaselineState
{
    /// <summary>The run has no baseline.</summary>
    None,

    /// <summary>Not in the baseline: a new finding, reported.</summary>
    New,

    /// <summary>In the baseline: known before, not reported as a problem (suppressed by the baseline).</summary>
    Unchanged,

    /// <summary>In the baseline but no longer found (a stale entry, EXP0012).</summary>
    Absent,
}
