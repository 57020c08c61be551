namespace Wbs.Hosting;

/// <summary>Code that runs around the application's start (a dashboard, files written when ready).</summary>
public interface IDistributedApplicationLifecycleHook
{
    /// <summary>Before any resource starts.</summary>
    Task BeforeStartAsync(DistributedApplication app, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Once every resource is healthy.</summary>
    Task AfterReadyAsync(DistributedApplication app, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After every resource has stopped.</summary>
    Task AfterStopAsync(DistributedApplication app) => Task.CompletedTask;
}
