namespace Wbs.ServiceDefaults.Hosting;

/// <summary>
/// Brings rows written by an earlier version up to date once, at start, and then ends: every row written since is
/// written right. A run that fails is tried again after <see cref="Interval"/>.
/// </summary>
public abstract class BackfillJob(TimeProvider clock, ILogger logger) : PeriodicJob(clock, logger)
{
    private volatile bool _done;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected sealed override bool Finished => _done;

    /// <summary>Brings every earlier row up to date.</summary>
    protected abstract Task BackfillAsync(CancellationToken cancellationToken);

    protected sealed override async Task RunAsync(CancellationToken cancellationToken)
    {
        await BackfillAsync(cancellationToken);
        _done = true;
    }
}
