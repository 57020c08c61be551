namespace Wbs.Hosting.Orchestration;

/// <summary>The last lines a resource wrote (console output), for the dashboard and failure reports.</summary>
public sealed class LogBuffer(int capacity = 1000)
{
    private readonly Queue<LogLine> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string text, DateTimeOffset timestamp)
    {
        lock (_gate)
        {
            _lines.Enqueue(new LogLine(timestamp, text));
            while (_lines.Count > capacity)
            {
                _lines.Dequeue();
            }
        }
    }

    public IReadOnlyList<LogLine> Snapshot(int? last = null)
    {
        lock (_gate)
        {
            return (last is { } n ? _lines.Skip(Math.Max(0, _lines.Count - n)) : _lines).ToList();
        }
    }
}
