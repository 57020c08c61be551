using Google.Protobuf;
using Google.Protobuf.Collections;
using Wbs.AppHost.Otlp.Collector;
using Wbs.AppHost.Otlp.Common;
using Wbs.AppHost.Otlp.Metrics;
using Wbs.AppHost.Otlp.Trace;

namespace Wbs.AppHost.Dashboard.Telemetry;

/// <summary>OTLP messages to the dashboard's flat records.</summary>
public static class OtlpMapper
{
    public static IEnumerable<StoredSpan> Map(ExportTraceServiceRequest request) =>
        from resource in request.ResourceSpans
        let service = ServiceName(resource.Resource?.Attributes)
        from scope in resource.ScopeSpans
        from span in scope.Spans
        select new StoredSpan(
            service,
            Hex(span.TraceId),
            Hex(span.SpanId),
            span.ParentSpanId.IsEmpty ? null : Hex(span.ParentSpanId),
            span.Name,
            span.Kind.ToString().Replace("SpanKind", "", StringComparison.Ordinal).ToLowerInvariant(),
            Time(span.StartTimeUnixNano),
            TimeSpan.FromTicks((long)((span.EndTimeUnixNano - Math.Min(span.StartTimeUnixNano, span.EndTimeUnixNano)) / 100)),
            span.Status?.Code == Status.Types.StatusCode.Error,
            string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message,
            Attributes(span.Attributes));

    public static IEnumerable<StoredLog> Map(ExportLogsServiceRequest request) =>
        from resource in request.ResourceLogs
        let service = ServiceName(resource.Resource?.Attributes)
        from scope in resource.ScopeLogs
        from log in scope.LogRecords
        select new StoredLog(
            service,
            Time(log.TimeUnixNano != 0 ? log.TimeUnixNano : log.ObservedTimeUnixNano),
            Level((int)log.SeverityNumber, log.SeverityText),
            (int)log.SeverityNumber,
            scope.Scope?.Name ?? "",
            log.Body is null ? "" : Text(log.Body),
            log.TraceId.IsEmpty ? null : Hex(log.TraceId),
            Attributes(log.Attributes));

    public static IEnumerable<StoredMetric> Map(ExportMetricsServiceRequest request) =>
        from resource in request.ResourceMetrics
        let service = ServiceName(resource.Resource?.Attributes)
        from scope in resource.ScopeMetrics
        from metric in scope.Metrics
        let point = Latest(metric)
        where point is not null
        select new StoredMetric(service, metric.Name, metric.Unit, metric.DataCase.ToString().ToLowerInvariant(), point.Value.Value, point.Value.Time);

    public static string Level(int severity, string? text) => severity switch
    {
        >= 21 => "Critical",
        >= 17 => "Error",
        >= 13 => "Warning",
        >= 9 => "Information",
        >= 5 => "Debug",
        >= 1 => "Trace",
        _ => string.IsNullOrEmpty(text) ? "Unspecified" : text,
    };

    private static (string Value, DateTimeOffset Time)? Latest(Metric metric)
    {
        static string Number(NumberDataPoint p) =>
            p.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? p.AsInt.ToString() : p.AsDouble.ToString("0.###");
        static string Labels(RepeatedField<KeyValue> attributes) =>
            attributes.Count == 0 ? "" : $" {{{string.Join(", ", attributes.Select(a => $"{a.Key}={Text(a.Value)}"))}}}";
        switch (metric.DataCase)
        {
            case Metric.DataOneofCase.Gauge when metric.Gauge.DataPoints.Count > 0:
            case Metric.DataOneofCase.Sum when metric.Sum.DataPoints.Count > 0:
                var points = metric.DataCase == Metric.DataOneofCase.Gauge ? metric.Gauge.DataPoints : metric.Sum.DataPoints;
                var shown = points.Take(5).Select(p => Number(p) + Labels(p.Attributes));
                return (string.Join("; ", shown) + (points.Count > 5 ? $" (+{points.Count - 5})" : ""), Time(points.Max(p => p.TimeUnixNano)));
            case Metric.DataOneofCase.Histogram when metric.Histogram.DataPoints.Count > 0:
                var count = metric.Histogram.DataPoints.Aggregate(0UL, (a, p) => a + p.Count);
                var sum = metric.Histogram.DataPoints.Sum(p => p.HasSum ? p.Sum : 0);
                var mean = count == 0 ? 0 : sum / count;
                return ($"count {count}, sum {sum:0.###}, mean {mean:0.###}", Time(metric.Histogram.DataPoints.Max(p => p.TimeUnixNano)));
            default:
                return null;
        }
    }

    private static string ServiceName(RepeatedField<KeyValue>? attributes) =>
        attributes?.FirstOrDefault(a => a.Key == "service.name") is { } name ? Text(name.Value) : "unknown";

    private static List<KeyValuePair<string, string>> Attributes(RepeatedField<KeyValue> attributes) =>
        [.. attributes.Select(a => new KeyValuePair<string, string>(a.Key, a.Value is null ? "" : Text(a.Value)))];

    public static string Text(AnyValue value) => value.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString("0.###"),
        AnyValue.ValueOneofCase.ArrayValue => $"[{string.Join(", ", value.ArrayValue.Values.Select(Text))}]",
        AnyValue.ValueOneofCase.KvlistValue => $"{{{string.Join(", ", value.KvlistValue.Values.Select(v => $"{v.Key}: {(v.Value is null ? "" : Text(v.Value))}"))}}}",
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
        _ => "",
    };

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);

    private static DateTimeOffset Time(ulong unixNano) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(unixNano / 100));
}
