namespace ExecPlan.Secrets;

/// <summary>What one scan found: the possible secrets, and the rules that could not finish (never expected: each is EXP0702).</summary>
/// <param name="Matches">The possible secrets, ordered by offset, overlapping ones merged.</param>
/// <param name="Incomplete">The ids of the rules whose pattern ran out of time on this text.</param>
public sealed record SecretScan(IReadOnlyList<SecretMatch> Matches, IReadOnlyList<string> Incomplete)
{
    /// <summary>A scan that found nothing.</summary>
    public static SecretScan Empty { get; } = new([], []);
}
