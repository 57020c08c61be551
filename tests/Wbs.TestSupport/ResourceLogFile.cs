using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Wbs.TestSupport;

/// <summary>
/// Writes what every resource of a test system did — its state and health changes and its console
/// lines — to <c>.wbs/test-results/resource-logs/</c>, so a test that fails because a service went away
/// mid-run can be explained afterwards (<c>./wbs test</c> prints the notable lines of a failed project).
/// It also keeps each resource's latest state and last lines, so a start that times out can say where
/// it stopped (<see cref="Describe"/>).
/// </summary>
public sealed class ResourceLogFile : IAsyncDisposable
{
    private const int KeptLines = 25;
    private readonly StreamWriter _writer;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, ResourceEvent> _latest = new();
    private readonly ConcurrentDictionary<string, Queue<string>> _lastLines = new();
    private readonly ConcurrentBag<Task> _watches = [];
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private bool _closed;

    public ResourceLogFile(DistributedApplication app)
    {
        var folder = Path.Combine(AppHostFixture.FindRepositoryRoot(), ".wbs", "test-results", "resource-logs");
        Directory.CreateDirectory(folder);
        var project = Assembly.GetEntryAssembly()?.GetName().Name ?? "tests";
        var path = Path.Combine(folder, $"{project}-{Guid.NewGuid().ToString("N")[..8]}.log");
        _writer = new StreamWriter(File.Open(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        _watches.Add(Task.Run(async () =>
        {
            await foreach (var e in app.ResourceNotifications.WatchAsync(_stop.Token))
            {
                var before = _latest.GetValueOrDefault(e.ResourceId);
                _latest[e.ResourceId] = e;
                if (before is null)
                {
                    _watches.Add(WatchLinesAsync(logs, e.ResourceId));
                }
                var now = Summary(e.Snapshot);
                if (before is null || Summary(before.Snapshot) != now)
                {
                    Write(e.ResourceId, $"== {now}");
                }
            }
        }));
    }

    /// <summary>Each resource's latest state, health and exit code, with the last console lines of those not healthy.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var e in _latest.Values.OrderBy(e => e.Resource.Name, StringComparer.Ordinal))
        {
            text.AppendLine($"- {e.Resource.Name}: {Summary(e.Snapshot)}");
            if (e.Snapshot.HealthStatus != HealthStatus.Healthy && _lastLines.TryGetValue(e.ResourceId, out var lines))
            {
                lock (lines)
                {
                    foreach (var line in lines)
                    {
                        text.AppendLine("    | " + line);
                    }
                }
            }
        }
        return text.ToString();
    }

    private static string Summary(CustomResourceSnapshot s) =>
        $"state {s.State?.Text ?? "-"}, health {s.HealthStatus?.ToString() ?? "-"}, exit {s.ExitCode?.ToString() ?? "-"}";

    private async Task WatchLinesAsync(ResourceLoggerService logs, string resourceId)
    {
        var kept = _lastLines.GetOrAdd(resourceId, _ => new Queue<string>());
        await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(_stop.Token))
        {
            foreach (var line in batch)
            {
                lock (kept)
                {
                    kept.Enqueue(line.Content);
                    if (kept.Count > KeptLines)
                    {
                        kept.Dequeue();
                    }
                }
                Write(resourceId, line.Content);
            }
        }
    }

    private void Write(string resource, string text)
    {
        var line = $"{(DateTimeOffset.UtcNow - _started).TotalSeconds,7:F1}s [{resource}] {text}";
        lock (_writer)
        {
            if (!_closed)
            {
                _writer.WriteLine(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var watch in _watches)
        {
            try
            {
                await watch;
            }
            catch (Exception)
            {
                // Stopped with the system (cancelled, or the system went first): a record, never a test's failure.
            }
        }
        lock (_writer)
        {
            _closed = true;
            _writer.Dispose();
        }
        _stop.Dispose();
    }
}
