using System.Collections.Concurrent;

namespace Wbs.AppHost.Dashboard.Telemetry;

/// <summary>The last spans and logs (bounded) and the latest value per instrument per service, in memory.</summary>
public sealed class TelemetryStore(int capacity = 10_000)
{
    private readonly LinkedList<StoredSpan> _spans = new();
    private readonly LinkedList<StoredLog> _logs = new();
    private readonly ConcurrentDictionary<(string Service, string Name), StoredMetric> _metrics = new();
    private readonly Lock _gate = new();

    public void Add(IEnumerable<StoredSpan> spans) => Append(_spans, spans);

    public void Add(IEnumerable<StoredLog> logs) => Append(_logs, logs);

    public void Add(IEnumerable<StoredMetric> metrics)
    {
        foreach (var metric in metrics)
        {
            _metrics[(metric.Service, metric.Name)] = metric;
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<StoredSpan> Spans() => Snapshot(_spans);

    /// <summary>Newest first.</summary>
    public IReadOnlyList<StoredLog> Logs() => Snapshot(_logs);

    public IReadOnlyList<StoredMetric> Metrics() =>
        [.. _metrics.Values.OrderBy(m => m.Service, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)];

    public IReadOnlyList<string> Services() =>
        [.. Spans().Select(s => s.Service).Concat(Logs().Select(l => l.Service)).Concat(_metrics.Keys.Select(k => k.Service))
            .Distinct().Order(StringComparer.Ordinal)];

    private void Append<T>(LinkedList<T> list, IEnumerable<T> items)
    {
        lock (_gate)
        {
            foreach (var item in items)
            {
                list.AddFirst(item);
                if (list.Count > capacity)
                {
                    list.RemoveLast();
                }
            }
        }
    }

    private List<T> Snapshot<T>(LinkedList<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
