namespace Wbs.ServiceDefaults.Hosting;

/// <summary>
/// Once the service has started, one aggressive, compacting collection hands back to the system what start-up alone
/// needed (migrations, the EF model, the bus topology): idle memory is what the operators budget for every service.
/// <c>Hosting:TrimMemoryAfterStart</c> (on by default) is off for services hosted in a test process, where each
/// start would sweep the whole test run's heap.
/// </summary>
internal sealed class MemoryTrimAfterStart(IHostApplicationLifetime lifetime, IConfiguration configuration) : IHostedService
{
    public const string Setting = "Hosting:TrimMemoryAfterStart";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue(Setting, defaultValue: true))
        {
            // Off the start-up thread: the service answers while the collection runs.
            lifetime.ApplicationStarted.Register(() => ThreadPool.UnsafeQueueUserWorkItem(_ => Trim(), null));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Trim() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
