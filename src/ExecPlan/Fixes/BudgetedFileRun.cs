using System.Runtime.ExceptionServices;
using ExecPlan.Linting;

namespace ExecPlan.Fixes;

/// <summary>
/// Runs the files of a run that writes them (`execplan fix`, `execplan migrate`) through <see cref="BudgetedLoop{T}"/>, in two
/// phases: each file's work (read, lint, fix or migrate the text) on the loop's workers within the time budget, then its write in
/// the hand-off, in path order. A file over its budget gets its stand-in result and is never written: its abandoned worker may
/// still finish, but the loop drops a late result, and only a handed-on result is written.
/// </summary>
internal static class BudgetedFileRun
{
    /// <summary>
    /// Runs <paramref name="compute"/> for each of <paramref name="count"/> files (the action it gets restarts the file's clock),
    /// <paramref name="onTimeout"/> for a file over <paramref name="budget"/>, and hands each result to <paramref name="write"/> in
    /// index order, one at a time. Once the run has ended, by cancellation or a failure, nothing more is written; an exception of
    /// the work or the hand-off reaches the caller as it was thrown.
    /// </summary>
    public static void Run<T>(int count, TimeSpan budget, Func<int, Action, CancellationToken, T> compute, Func<int, T> onTimeout, Action<int, T> write, CancellationToken cancellationToken)
    {
        var gate = new object();
        var closed = false;
        try
        {
            BudgetedLoop<T>.Run(
                count,
                Environment.ProcessorCount,
                budget,
                compute,
                onTimeout,
                (i, result) =>
                {
                    // The loop stops waiting on a cancellation or a failure while workers may still finish: what they
                    // hand on then must not touch a file after the run has returned.
                    lock (gate)
                    {
                        if (closed)
                        {
                            return;
                        }

                        try
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            write(i, result);
                        }
                        catch
                        {
                            closed = true;
                            throw;
                        }
                    }
                },
                cancellationToken);
        }
        catch (AggregateException e) when (e.InnerExceptions is [var inner])
        {
            // The loop wraps what a worker threw; the caller expects its own exception (a failed write of its output, say) as
            // it was when the files were fixed one by one.
            ExceptionDispatchInfo.Throw(inner);
        }
        finally
        {
            lock (gate)
            {
                closed = true;
            }
        }
    }
}
