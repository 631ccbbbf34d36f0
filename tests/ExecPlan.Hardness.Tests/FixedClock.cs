namespace ExecPlan.Hardness.Tests;

/// <summary>A clock stopped at one instant, so findings do not depend on the day the tests run.</summary>
internal sealed class FixedClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
}
