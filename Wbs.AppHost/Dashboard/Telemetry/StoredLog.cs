namespace Wbs.AppHost.Dashboard.Telemetry;

public sealed record StoredLog(
    string Service,
    DateTimeOffset Timestamp,
    string Level,
    int SeverityNumber,
    string Category,
    string Message,
    string? TraceId,
    IReadOnlyList<KeyValuePair<string, string>> Attributes);
