using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Wbs.AppHost.Resources;

/// <summary>
/// Aspire has no restart policy for executables: this watches every resource marked with
/// <see cref="RestartPolicyAnnotation"/> and, when one exits without having been asked to stop
/// (a crash, a SIGKILL), starts it again through its start command with exponential back-off. Past
/// <see cref="RestartPolicyOptions.MaxRestarts"/> restarts in the window it gives up and shows the
/// resource as failed on the dashboard.
/// </summary>
public sealed class RestartSupervisor(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    IOptions<RestartPolicyOptions> options,
    ILogger<RestartSupervisor> logger) : BackgroundService
{
    public const string FailedState = "Gagal / Failed";

    private readonly Dictionary<string, string?> _lastState = [];
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _restarts = new();
    private readonly HashSet<string> _stopRequested = [];
    private readonly ConcurrentDictionary<string, bool> _restarting = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var e in notifications.WatchAsync(stoppingToken))
        {
            if (!e.Resource.TryGetLastAnnotation<RestartPolicyAnnotation>(out _))
            {
                continue;
            }
            var state = e.Snapshot.State?.Text;
            _lastState.TryGetValue(e.ResourceId, out var previous);
            _lastState[e.ResourceId] = state;
            if (state == previous)
            {
                continue;
            }
            if (state == KnownResourceStates.Stopping)
            {
                // Someone (a person on the dashboard, or shutdown) asked for it: not a crash.
                _stopRequested.Add(e.ResourceId);
            }
            else if (state is "Running" or "Starting")
            {
                _stopRequested.Remove(e.ResourceId);
            }
            else if (IsDead(state) && previous is not null && !IsDead(previous) && previous != KnownResourceStates.Stopping
                     && !_stopRequested.Contains(e.ResourceId) && !lifetime.ApplicationStopping.IsCancellationRequested
                     && _restarting.TryAdd(e.ResourceId, true))
            {
                _ = RestartAsync(e.Resource, e.ResourceId, e.Snapshot.ExitCode, stoppingToken);
            }
        }
    }

    private static bool IsDead(string? state) =>
        state == KnownResourceStates.Exited || state == KnownResourceStates.Finished || state == KnownResourceStates.FailedToStart;

    private async Task RestartAsync(IResource resource, string resourceId, int? exitCode, CancellationToken stoppingToken)
    {
        try
        {
            var settings = options.Value;
            var now = DateTimeOffset.UtcNow;
            // One restart per resource at a time (the _restarting gate), so its history needs no lock.
            var history = _restarts.GetOrAdd(resourceId, _ => []);
            history.RemoveAll(t => now - t > settings.Window);
            history.Add(now);
            var resourceLog = resourceLogs.GetLogger(resourceId);
            if (history.Count > settings.MaxRestarts)
            {
                resourceLog.LogError("Exited (code {ExitCode}) {Count} times within {Window}: not restarted again", exitCode, history.Count, settings.Window);
                logger.LogError("{Resource} gave up after {Count} restarts", resource.Name, history.Count - 1);
                await notifications.PublishUpdateAsync(resource, resourceId, s => s with
                {
                    State = new ResourceStateSnapshot(FailedState, KnownResourceStateStyles.Error),
                });
                return;
            }
            var delay = settings.DelayFor(history.Count);
            resourceLog.LogWarning("Exited unexpectedly (code {ExitCode}); restart {Attempt} in {Delay}", exitCode, history.Count, delay);
            logger.LogWarning("{Resource} exited unexpectedly (code {ExitCode}); restart {Attempt} in {Delay}", resource.Name, exitCode, history.Count, delay);
            await Task.Delay(delay, stoppingToken);
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                logger.LogError("Restarting {Resource} failed: {Message}", resource.Name, result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _restarting.TryRemove(resourceId, out _);
        }
    }
}
