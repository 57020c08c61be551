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
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
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
