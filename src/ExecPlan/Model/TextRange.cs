namespace ExecPlan.Model;

/// <summary>A half-open range of character offsets [Start, End) in the plan text.</summary>
/// <param name="Start">The first offset.</param>
/// <param name="End">The offset just past the range.</param>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>The number of characters.</summary>
    public int Length => End - Start;

    /// <summary>Whether the offset lies inside the range.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;
}
