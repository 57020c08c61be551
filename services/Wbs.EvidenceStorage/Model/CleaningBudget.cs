using System.Diagnostics;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// How long one file may keep a core busy, and the request whose end stops the work. Checked by
/// <see cref="BudgetedStream"/> on every read and write, so no cleaner can run on past either.
/// </summary>
public sealed class CleaningBudget(TimeSpan allowed, CancellationToken cancellationToken)
{
    private long _deadline = Stopwatch.GetTimestamp() + (long)(allowed.TotalSeconds * Stopwatch.Frequency);

    public TimeSpan Allowed { get; } = allowed;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <exception cref="OperationCanceledException">The request was abandoned.</exception>
    /// <exception cref="CleaningBudgetExceededException">The file took longer than allowed.</exception>
    public void Check()
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new CleaningBudgetExceededException();
        }
    }

    /// <summary>
    /// Moves the deadline later: a file cleaned while it arrives earns time for each MiB that comes, and is not
    /// charged for the time spent waiting for it. Called from the one thread that cleans.
    /// </summary>
    public void Extend(TimeSpan more) => _deadline += (long)(more.TotalSeconds * Stopwatch.Frequency);

    /// <summary>Time left, for work that cannot poll (regular expressions take it as their timeout).</summary>
    public TimeSpan Remaining => TimeSpan.FromSeconds(Math.Max(0.001, (double)(_deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency));

    public static CleaningBudget Unlimited { get; } = new(TimeSpan.FromDays(1), CancellationToken.None);
}
