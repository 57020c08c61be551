using System.Collections.Concurrent;
using System.Reflection;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.TestSupport;

/// <summary>
/// Writes what every resource of a test system did — its state and health changes and its console
/// lines — to <c>.wbs/test-results/resource-logs/</c>, so a test that fails because a service went away
/// mid-run can be explained afterwards (<c>./wbs test</c> prints the notable lines of a failed project).
/// </summary>
public sealed class ResourceLogFile : IAsyncDisposable
{
    private readonly StreamWriter _writer;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, (string State, string Health)> _last = new();
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
                var now = (e.Snapshot.State?.Text ?? "-", e.Snapshot.HealthStatus?.ToString() ?? "-");
                if (!_last.TryGetValue(e.ResourceId, out var before))
                {
                    _watches.Add(WatchLinesAsync(logs, e.ResourceId));
                }
                if (before != now)
                {
                    _last[e.ResourceId] = now;
                    Write(e.ResourceId, $"== state {now.Item1}, health {now.Item2}, exit {e.Snapshot.ExitCode?.ToString() ?? "-"}");
                }
            }
        }));
    }

    private async Task WatchLinesAsync(ResourceLoggerService logs, string resourceId)
    {
        await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(_stop.Token))
        {
            foreach (var line in batch)
            {
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
