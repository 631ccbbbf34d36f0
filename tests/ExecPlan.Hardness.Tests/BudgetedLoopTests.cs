using ExecPlan.Linting;

namespace ExecPlan.Hardness.Tests;

/// <summary>The per-file time budget: an item that hangs gets its stand-in, the rest finish, results stay in order.</summary>
public sealed class BudgetedLoopTests
{
    [Fact]
    public void A_hanging_item_gets_the_timeout_result_and_the_others_finish_in_order()
    {
        using var never = new ManualResetEventSlim(false);
        var results = Bounded.Run(
            () => BudgetedLoop<string>.Run(20, 2, TimeSpan.FromMilliseconds(300), (i, _) => { if (i is 3 or 11) { never.Wait(CancellationToken.None); } return $"done {i}"; }, i => $"timeout {i}", default),
            TimeSpan.FromSeconds(15));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i is 3 or 11 ? $"timeout {i}" : $"done {i}"), results);
    }

    [Fact]
    public void Results_are_handed_on_in_order_once_each_and_not_kept()
    {
        using var never = new ManualResetEventSlim(false);
        var handed = new List<(int Index, string Result)>();
        var random = new Random(7);
        var delays = Enumerable.Range(0, 60).Select(_ => random.Next(0, 15)).ToArray();
        var results = Bounded.Run(
            () => BudgetedLoop<string>.Run(
                60,
                3,
                TimeSpan.FromMilliseconds(400),
                (i, _) =>
                {
                    if (i == 17)
                    {
                        never.Wait(CancellationToken.None);
                    }

                    Thread.Sleep(delays[i]);
                    return $"done {i}";
                },
                i => $"timeout {i}",
                (i, result) => handed.Add((i, result)),
                default),
            TimeSpan.FromSeconds(20));

        Assert.Equal(Enumerable.Range(0, 60), handed.Select(h => h.Index));
        Assert.Equal(Enumerable.Range(0, 60).Select(i => i == 17 ? "timeout 17" : $"done {i}"), handed.Select(h => h.Result));
        Assert.All(results, Assert.Null);
    }

    [Fact]
    public void A_slow_item_that_honours_cancellation_stops()
    {
        var cancelled = 0;
        var results = BudgetedLoop<int>.Run(4, 2, TimeSpan.FromMilliseconds(200), (i, token) =>
        {
            if (i == 0)
            {
                try
                {
                    Task.Delay(Timeout.Infinite, token).Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    Interlocked.Increment(ref cancelled);
                    throw new OperationCanceledException(token);
                }
            }

            return i;
        }, _ => -1, default);
        Assert.Equal([-1, 1, 2, 3], results);
        SpinWait.SpinUntil(() => Volatile.Read(ref cancelled) == 1, TimeSpan.FromSeconds(5));
        Assert.Equal(1, cancelled);
    }

    [Fact]
    public void An_exception_in_the_body_reaches_the_caller()
    {
        var error = Assert.Throws<AggregateException>(() => BudgetedLoop<int>.Run(5, 2, TimeSpan.FromSeconds(10), (i, _) => i == 2 ? throw new InvalidOperationException("boom") : i, _ => -1, default));
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void Caller_cancellation_ends_the_run()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.ThrowsAny<OperationCanceledException>(() => BudgetedLoop<int>.Run(1000, 2, TimeSpan.FromSeconds(10), (i, token) => { Thread.Sleep(20); token.ThrowIfCancellationRequested(); return i; }, _ => -1, cancel.Token));
    }

    [Fact]
    public void No_items_means_no_threads_and_an_empty_result() =>
        Assert.Empty(BudgetedLoop<int>.Run(0, 2, TimeSpan.FromSeconds(1), (i, _) => i, _ => -1, default));
}
