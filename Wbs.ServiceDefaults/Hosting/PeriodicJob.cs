namespace Wbs.ServiceDefaults.Hosting;

/// <summary>
/// The one periodic background loop: <see cref="RunAsync"/> runs at start and then at every tick of
/// <see cref="Interval"/> on the injected clock (tests move it); a failed run is logged and the job tries
/// again at the next tick; stopping the host, or <see cref="Finished"/>, ends it.
/// </summary>
public abstract class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected ILogger Logger { get; } = logger;

    /// <summary>Time between two runs; read once, when the job starts.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>True when the job has nothing more to do in this process (checked before each run).</summary>
    protected virtual bool Finished => false;

    protected abstract Task RunAsync(CancellationToken cancellationToken);

    private long _lastRunStartTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>
    /// When (on the job's clock) the last run that has ended began, successful or not: a test that moves the
    /// clock waits for a run begun after the move instead of sleeping.
    /// </summary>
    public DateTimeOffset LastEndedRunStartedAt => new(Interlocked.Read(ref _lastRunStartTicks), TimeSpan.Zero);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval;
        using var timer = new PeriodicTimer(interval, Clock);
        do
        {
            if (Finished)
            {
                return;
            }
            var started = Clock.GetUtcNow();
            try
            {
                await RunAsync(stoppingToken);
                Interlocked.Exchange(ref _lastRunStartTicks, started.UtcTicks);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Interlocked.Exchange(ref _lastRunStartTicks, started.UtcTicks);
                Logger.LogWarning(ex, "{Job} failed; it runs again in {Interval}", GetType().Name, interval);
            }
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
