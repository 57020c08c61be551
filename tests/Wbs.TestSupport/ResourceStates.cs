using System.Collections.Concurrent;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.TestSupport;

/// <summary>
/// The latest state of every resource of a starting system, kept from the first event on, so a start
/// that times out can say where it stopped: each resource's state, health and exit code, and the last
/// console lines of those that are not healthy.
/// </summary>
public sealed class ResourceStates : IAsyncDisposable
{
    private const int LogLines = 25;
    private readonly DistributedApplication _app;
    private readonly ConcurrentDictionary<string, ResourceEvent> _latest = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;

    public ResourceStates(DistributedApplication app)
    {
        _app = app;
        _watch = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in app.ResourceNotifications.WatchAsync(_stop.Token))
                {
                    _latest[e.ResourceId] = e;
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    public async Task<string> DescribeAsync()
    {
        var text = new StringBuilder();
        foreach (var e in _latest.Values.OrderBy(e => e.Resource.Name, StringComparer.Ordinal))
        {
            var s = e.Snapshot;
            text.AppendLine($"- {e.Resource.Name}: {s.State?.Text ?? "(no state)"}, health {s.HealthStatus?.ToString() ?? "-"}, exit {s.ExitCode?.ToString() ?? "-"}");
            if (s.HealthStatus != Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
            {
                foreach (var line in await LastLinesAsync(e.ResourceId))
                {
                    text.AppendLine("    | " + line);
                }
            }
        }
        return text.ToString();
    }

    private async Task<IReadOnlyList<string>> LastLinesAsync(string resourceId)
    {
        var lines = new List<string>();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            var logs = _app.Services.GetRequiredService<ResourceLoggerService>();
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(wait.Token))
            {
                lines.AddRange(batch.Select(l => l.Content));
            }
        }
        catch (OperationCanceledException)
        {
            // The backlog arrives first; whatever came in the wait is what there is.
        }
        return lines.TakeLast(LogLines).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watch;
        _stop.Dispose();
    }
}
