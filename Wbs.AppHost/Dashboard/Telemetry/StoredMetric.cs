namespace Wbs.AppHost.Dashboard.Telemetry;

/// <summary>The latest point of one instrument of one service (histograms: count, sum and mean).</summary>
public sealed record StoredMetric(string Service, string Name, string Unit, string Kind, string Value, DateTimeOffset Timestamp);
