using System.Diagnostics;

namespace ExecPlan.Linting;

/// <summary>A parallel loop on its own worker threads that gives each item a time budget: an item over it gets a stand-in result and its worker is abandoned and replaced, so one file that hangs (a named pipe, a pathological input) cannot block the run.</summary>
internal sealed class BudgetedLoop<T>
{
    // Worker threads get a large stack: the parsers are guarded against deep input, this is the backstop.
    private const int WorkerStackSize = 16 * 1024 * 1024;

    // What an item may spend before it restarts its clock (bounded, linear work such as reading a file of at most the
    // size limit and scanning it for secrets): generous, so a tiny budget still lets that work finish, but finite.
    private static readonly TimeSpan PreludeBudget = TimeSpan.FromSeconds(30);

    private readonly int _count;
    private readonly Func<int, Action, CancellationToken, T> _body;
    private readonly T[] _results;
    private readonly int[] _states; // 0 pending, 1 done, 2 timed out: whoever moves it from 0 writes the result.
    // A task, not an event: abandoned workers may still settle late, and nothing here may be disposed under them.
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationToken _cancellationToken;
    private readonly Action<int, T>? _handOff;
    private readonly object _handOffLock = new();
    private readonly int[] _published; // 1 once the result is written: the state moves before the result is.
    private int _handedOff;
    private int _next = -1;
    private int _settled;
    private Exception? _failure;

    private BudgetedLoop(int count, Func<int, Action, CancellationToken, T> body, Action<int, T>? handOff, CancellationToken cancellationToken)
    {
        _count = count;
        _body = body;
        _handOff = handOff;
        _results = new T[count];
        _states = new int[count];
        _published = new int[count];
        _cancellationToken = cancellationToken;
    }

    /// <summary>Runs <paramref name="body"/> for 0 to count - 1 on up to <paramref name="degree"/> threads; an item still running after <paramref name="budget"/> gets <paramref name="onTimeout"/> instead. Results are in index order.</summary>
    public static T[] Run(int count, int degree, TimeSpan budget, Func<int, CancellationToken, T> body, Func<int, T> onTimeout, CancellationToken cancellationToken) =>
        Run(count, degree, budget, body, onTimeout, null, cancellationToken);

    /// <summary>
    /// As <see cref="Run(int, int, TimeSpan, Func{int, CancellationToken, T}, Func{int, T}, CancellationToken)"/>; with <paramref name="handOff"/>,
    /// each result is handed to it in index order as soon as it and every result before it are settled, one call at a
    /// time, and is not kept (its slot of the returned array stays default).
    /// </summary>
    public static T[] Run(int count, int degree, TimeSpan budget, Func<int, CancellationToken, T> body, Func<int, T> onTimeout, Action<int, T>? handOff, CancellationToken cancellationToken) =>
        Run(count, degree, budget, (i, restartClock, token) => { restartClock(); return body(i, token); }, onTimeout, handOff, cancellationToken);

    /// <summary>
    /// As above, but the body gets an action that restarts its item's clock: what comes before the call (work that is
    /// bounded on its own, such as the linear secret scan) is not charged to the budget, and is done even for an item
    /// that then runs out of time.
    /// </summary>
    public static T[] Run(int count, int degree, TimeSpan budget, Func<int, Action, CancellationToken, T> body, Func<int, T> onTimeout, Action<int, T>? handOff, CancellationToken cancellationToken)
    {
        var loop = new BudgetedLoop<T>(count, body, handOff, cancellationToken);
        if (count > 0)
        {
            loop.Watch(Math.Clamp(degree, 1, count), budget, onTimeout);
        }

        return loop._results;
    }

    private void Watch(int degree, TimeSpan budget, Func<int, T> onTimeout)
    {
        var workers = Enumerable.Range(0, degree).Select(_ => Start()).ToList();
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(budget.TotalMilliseconds / 4, 1, 100));
        while (!_allDone.Task.Wait((int)tick.TotalMilliseconds, _cancellationToken))
        {
            for (var w = 0; w < workers.Count; w++)
            {
                if (workers[w].OverBudget(budget) is var item and >= 0 && Settle(item, 2, onTimeout(item)))
                {
                    workers[w].Abandon();
                    workers[w] = Start();
                }
            }
        }

        if (_failure is not null)
        {
            throw new AggregateException(_failure);
        }
    }

    private Worker Start()
    {
        var worker = new Worker(this);
        new Thread(worker.Loop, WorkerStackSize) { IsBackground = true, Name = "execplan lint" }.Start();
        return worker;
    }

    private bool Settle(int item, int state, T result)
    {
        if (Interlocked.CompareExchange(ref _states[item], state, 0) != 0)
        {
            return false;
        }

        _results[item] = result;
        Volatile.Write(ref _published[item], 1);
        HandOff();
        if (Interlocked.Increment(ref _settled) == _count)
        {
            _allDone.TrySetResult();
        }

        return true;
    }

    // Hands on the published prefix. Whoever publishes the result that completes a prefix also hands it on: each
    // publisher calls this after publishing, so the last one of the prefix to publish sees all of it.
    private void HandOff()
    {
        if (_handOff is null)
        {
            return;
        }

        lock (_handOffLock)
        {
            while (_handedOff < _count && Volatile.Read(ref _published[_handedOff]) == 1)
            {
                var result = _results[_handedOff];
                _results[_handedOff] = default!;
                _handOff(_handedOff, result);
                _handedOff++;
            }
        }
    }

    /// <summary>One worker thread: takes the next item until none is left or it is abandoned.</summary>
    private sealed class Worker(BudgetedLoop<T> loop)
    {
        private readonly CancellationTokenSource _abandon = CancellationTokenSource.CreateLinkedTokenSource(loop._cancellationToken);
        private int _item = -1;
        private long _started;
        private bool _restarted;

        public int OverBudget(TimeSpan budget)
        {
            var item = Volatile.Read(ref _item);
            var limit = Volatile.Read(ref _restarted) ? budget : (budget > PreludeBudget ? budget : PreludeBudget);
            return item >= 0 && Stopwatch.GetElapsedTime(Volatile.Read(ref _started)) > limit && Volatile.Read(ref _item) == item ? item : -1;
        }

        public void Abandon() => _abandon.Cancel();

        private void RestartClock()
        {
            Volatile.Write(ref _started, Stopwatch.GetTimestamp());
            Volatile.Write(ref _restarted, true);
        }

        public void Loop()
        {
            int item;
            while (!_abandon.IsCancellationRequested && (item = Interlocked.Increment(ref loop._next)) < loop._count)
            {
                Volatile.Write(ref _restarted, false);
                Volatile.Write(ref _started, Stopwatch.GetTimestamp());
                Volatile.Write(ref _item, item);
                try
                {
                    // An item the watchdog already settled as timed out: this worker is about to be abandoned, so it
                    // must not take another item it would then drop unsettled.
                    if (!loop.Settle(item, 1, loop._body(item, RestartClock, _abandon.Token)))
                    {
                        return;
                    }
                }
                catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref loop._failure, e, null);
                    loop._allDone.TrySetResult();
                    return;
                }
                finally
                {
                    Volatile.Write(ref _item, -1);
                }
            }
        }
    }
}
