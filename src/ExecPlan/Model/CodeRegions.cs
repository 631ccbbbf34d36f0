using System.Collections.Immutable;

namespace ExecPlan.Model;

/// <summary>Sorted, merged text ranges (code spans and blocks, comments) that answer "is this offset inside?" in O(log n).</summary>
public sealed class CodeRegions
{
    private readonly ImmutableArray<TextRange> _ranges;

    /// <summary>Sorts and merges the given ranges.</summary>
    public CodeRegions(IEnumerable<TextRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);

        // Sorted by start in place, then merged in place: ranges with the same start merge to the same range in any order.
        var sorted = ranges.ToArray();
        Array.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
        var count = 0;
        foreach (var range in sorted)
        {
            if (count > 0 && range.Start <= sorted[count - 1].End)
            {
                sorted[count - 1] = sorted[count - 1] with { End = Math.Max(sorted[count - 1].End, range.End) };
            }
            else
            {
                sorted[count++] = range;
            }
        }

        _ranges = ImmutableArray.Create(sorted, 0, count);
    }

    /// <summary>The merged ranges in order.</summary>
    public ImmutableArray<TextRange> Ranges => _ranges;

    /// <summary>Whether the offset is inside code.</summary>
    public bool Contains(int offset)
    {
        int low = 0, high = _ranges.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var range = _ranges[mid];
            if (offset < range.Start)
            {
                high = mid - 1;
            }
            else if (offset >= range.End)
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any part of [start, end) is inside code.</summary>
    public bool Overlaps(int start, int end)
    {
        // The first range that ends after start decides: ranges are sorted and disjoint.
        int low = 0, high = _ranges.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_ranges[mid].End <= start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < _ranges.Length && _ranges[low].Start < end;
    }
}
