using ExecPlan.Model;

namespace ExecPlan.Rules.Structure;

/// <summary>Which schema sections stand in schema order: EXP0204 reports the others, and its fix moves exactly those.</summary>
internal static class SectionOrder
{
    /// <summary>A longest subsequence of the sections (in file order) whose schema order increases; ties keep the earliest sections.</summary>
    public static HashSet<Section> LongestInOrder(List<Section> sections)
    {
        var length = new int[sections.Count];
        var previous = new int[sections.Count];
        var best = -1;
        for (var i = 0; i < sections.Count; i++)
        {
            (length[i], previous[i]) = (1, -1);
            for (var j = 0; j < i; j++)
            {
                if (sections[j].Descriptor!.Order < sections[i].Descriptor!.Order && length[j] + 1 > length[i])
                {
                    (length[i], previous[i]) = (length[j] + 1, j);
                }
            }

            best = best < 0 || length[i] > length[best] ? i : best;
        }

        var kept = new HashSet<Section>(ReferenceEqualityComparer.Instance);
        for (var i = best; i >= 0; i = previous[i])
        {
            kept.Add(sections[i]);
        }

        return kept;
    }
}
