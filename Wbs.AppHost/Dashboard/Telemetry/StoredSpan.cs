namespace Wbs.AppHost.Dashboard.Telemetry;

public sealed record StoredSpan(
    string Service,
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    string Kind,
    DateTimeOffset Start,
    TimeSpan Duration,
    bool IsError,
    string? StatusMessage,
    IReadOnlyList<KeyValuePair<string, string>> Attributes);
