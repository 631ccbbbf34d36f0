namespace ExecPlan.Hardness.Tests;

/// <summary>Runs test code on its own thread with a deadline, so a hang fails the test instead of blocking CI, and with a chosen stack size.</summary>
internal static class Bounded
{
    /// <summary>The stack of a thread-pool thread on Linux and macOS; the smallest the engine can be called on.</summary>
    public const int DefaultStack = 1536 * 1024;

    /// <summary>The result of <paramref name="work"/>; fails when it takes longer than <paramref name="limit"/>.</summary>
    public static T Run<T>(Func<T> work, TimeSpan limit, int stackSize = DefaultStack)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, stackSize) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(limit), $"The work did not finish within {limit.TotalSeconds} s (a hang).");
        if (failure is not null)
        {
            throw new InvalidOperationException("The engine threw.", failure);
        }

        return result;
    }
}
