using System.Collections.Immutable;

namespace ExecPlan.Model;

/// <summary>Sorted, merged text ranges (code spans and blocks, comments) that answer "is this offset inside?" in O(log n).</summary>
public sealed class CodeRegions
{
    private readonly ImmutableArray<TextRange> _ranges;

    /// <summary>Sorts and merges the given ranges.</summary>
    public CodeRegions(IEnumerable<TextRange> ranges)
    {
        var merged = new List<TextRange>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            }
            else
            {
                merged.Add(range);
            }
        }

        _ranges = [.. merged];
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
