using System.IO.Compression;
using Google.Protobuf;
using Wbs.AppHost.Dashboard.Telemetry;
using Wbs.AppHost.Otlp.Collector;

namespace Wbs.AppHost.Dashboard;

/// <summary>
/// OTLP/HTTP receiver (binary protobuf, what the .NET exporter sends with http/protobuf): <c>POST /v1/traces</c>,
/// <c>/v1/metrics</c>, <c>/v1/logs</c>. Listens on 127.0.0.1 only, like the rest of the dashboard.
/// </summary>
public static class OtlpApi
{
    private const string Protobuf = "application/x-protobuf";
    private const long MaxBody = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapOtlpApi(this IEndpointRouteBuilder app)
    {
        var otlp = app.MapGroup("/v1").DisableAntiforgery();
        otlp.MapPost("/traces", ExportTraces);
        otlp.MapPost("/logs", ExportLogs);
        otlp.MapPost("/metrics", ExportMetrics);
        return app;
    }

    public static Task<IResult> ExportTraces(HttpRequest request, TelemetryStore store, CancellationToken cancellationToken) =>
        ReceiveAsync(request, ExportTraceServiceRequest.Parser, r => store.Add(OtlpMapper.Map(r)), new ExportTraceServiceResponse(), cancellationToken);

    public static Task<IResult> ExportLogs(HttpRequest request, TelemetryStore store, CancellationToken cancellationToken) =>
        ReceiveAsync(request, ExportLogsServiceRequest.Parser, r => store.Add(OtlpMapper.Map(r)), new ExportLogsServiceResponse(), cancellationToken);

    public static Task<IResult> ExportMetrics(HttpRequest request, TelemetryStore store, CancellationToken cancellationToken) =>
        ReceiveAsync(request, ExportMetricsServiceRequest.Parser, r => store.Add(OtlpMapper.Map(r)), new ExportMetricsServiceResponse(), cancellationToken);

    private static async Task<IResult> ReceiveAsync<T>(HttpRequest request, MessageParser<T> parser, Action<T> store,
        IMessage response, CancellationToken cancellationToken) where T : IMessage<T>
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), Protobuf, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Hanya application/x-protobuf. / Only application/x-protobuf is accepted.");
        }
        if (request.ContentLength > MaxBody)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Terlalu besar. / Too large.");
        }
        Stream body = request.Body;
        if (string.Equals(request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        T message;
        try
        {
            message = parser.ParseFrom(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (InvalidProtocolBufferException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Protobuf tidak valid. / Invalid protobuf.");
        }
        store(message);
        return TypedResults.Bytes(response.ToByteArray(), Protobuf);
    }
}
