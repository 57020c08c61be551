using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Wbs.AppHost.Dashboard;
using Wbs.Hosting.Infrastructure;
using Wbs.TestSupport;

namespace Wbs.AppHost.Tests;

/// <summary>The dashboard for real on a free port, fed by the OpenTelemetry SDK's own OTLP/HTTP protobuf exporter.</summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private const string Token = "test-token-0123456789";
    private readonly TempDirectory _temp = new();
    private readonly OpsDashboard _dashboard = new(PortAllocator.GetFreePort(), Token);
    private DistributedApplication _app = null!;
    private HttpClient _browser = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { DataDirectory = _temp.Path, EnvironmentName = "Testing" });
        builder.AddProject("demo", "tests/Wbs.AppHost.TestApp");
        _app = builder.Build();
        _app.Reporter = new ConsoleReporter(TextWriter.Null);
        await _dashboard.BeforeStartAsync(_app, TestContext.Current.CancellationToken);
        _browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(_dashboard.Url) };
    }

    [Fact]
    public async Task Spans_exported_with_the_otlp_sdk_appear_in_the_store_and_on_the_traces_pages()
    {
        using var source = new ActivitySource("Wbs.DashboardTest");
        string traceId;
        using (var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("otlp-test-service"))
            .AddSource(source.Name)
            .AddOtlpExporter(o =>
            {
                o.Endpoint = new Uri($"{_dashboard.Url}/v1/traces");
                o.Protocol = OtlpExportProtocol.HttpProtobuf;
            })
            .Build())
        {
            using (var parent = source.StartActivity("GET /api/{tenant}/profile", ActivityKind.Server)!)
            {
                parent.SetTag("http.response.status_code", 200);
                traceId = parent.TraceId.ToHexString();
                using var query = source.StartActivity("SELECT intakedb", ActivityKind.Client)!;
                query.SetStatus(ActivityStatusCode.Error, "boom");
            }
            Assert.True(tracing.ForceFlush(10_000));
        }

        var spans = await Eventually.GetAsync(() => Task.FromResult<List<Dashboard.Telemetry.StoredSpan>?>(
            _dashboard.Store.Spans().Where(s => s.TraceId == traceId).ToList() is { Count: 2 } found ? found : null), what: "both spans");
        var root = Assert.Single(spans, s => s.ParentSpanId is null);
        var child = Assert.Single(spans, s => s.ParentSpanId == root.SpanId);
        Assert.Equal(("otlp-test-service", "GET /api/{tenant}/profile", "server", false), (root.Service, root.Name, root.Kind, root.IsError));
        Assert.Equal(("SELECT intakedb", "client", true, "boom"), (child.Name, child.Kind, child.IsError, child.StatusMessage));
        Assert.Contains(new KeyValuePair<string, string>("http.response.status_code", "200"), root.Attributes);

        await SignInAsync();
        var list = await _browser.GetStringAsync("/traces?service=otlp-test-service", TestContext.Current.CancellationToken);
        Assert.Contains($"/traces/{traceId}", list);
        Assert.Contains("GET /api/{tenant}/profile", WebUtility.HtmlDecode(list));
        var tree = await _browser.GetStringAsync($"/traces/{traceId}", TestContext.Current.CancellationToken);
        Assert.Contains("SELECT intakedb", tree);
        Assert.Contains("boom", tree);
    }

    [Fact]
    public async Task Logs_and_metrics_exported_with_the_otlp_sdk_appear_on_their_pages()
    {
        using (var logs = LoggerFactory.Create(b => b.AddOpenTelemetry(o =>
        {
            o.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("otlp-log-service"));
            o.IncludeFormattedMessage = true;
            o.AddOtlpExporter(e =>
            {
                e.Endpoint = new Uri($"{_dashboard.Url}/v1/logs");
                e.Protocol = OtlpExportProtocol.HttpProtobuf;
            });
        })))
        {
            logs.CreateLogger("Wbs.Intake.Apis").LogWarning("Case {TrackingNumber} overdue", "WBS-2026-000042");
        }
        using var meter = new Meter("Wbs.DashboardTest");
        using (var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("otlp-log-service"))
            .AddMeter(meter.Name)
            .AddOtlpExporter(e =>
            {
                e.Endpoint = new Uri($"{_dashboard.Url}/v1/metrics");
                e.Protocol = OtlpExportProtocol.HttpProtobuf;
            })
            .Build())
        {
            meter.CreateCounter<long>("wbs.complaints.submitted").Add(3);
            Assert.True(metrics.ForceFlush(10_000));
        }

        var log = await Eventually.GetAsync(() => Task.FromResult(_dashboard.Store.Logs().FirstOrDefault(l => l.Service == "otlp-log-service")));
        Assert.Equal(("Warning", "Wbs.Intake.Apis", "Case WBS-2026-000042 overdue"), (log.Level, log.Category, log.Message));
        var metric = Assert.Single(_dashboard.Store.Metrics(), m => m.Name == "wbs.complaints.submitted");
        Assert.Equal(("otlp-log-service", "sum", "3"), (metric.Service, metric.Kind, metric.Value));

        await SignInAsync();
        var logsPage = await _browser.GetStringAsync("/logs?service=otlp-log-service&level=Warning", TestContext.Current.CancellationToken);
        Assert.Contains("Case WBS-2026-000042 overdue", logsPage);
        var errorsOnly = await _browser.GetStringAsync("/logs?service=otlp-log-service&level=Error", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("overdue", errorsOnly);
        var metricsPage = await _browser.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Contains("wbs.complaints.submitted", metricsPage);
    }

    [Fact]
    public async Task Pages_need_the_token_once_then_a_cookie()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_dashboard.Url) };
        var denied = await anonymous.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/login", denied.Headers.Location?.OriginalString);
        var wrong = await anonymous.GetAsync("/?t=nope", TestContext.Current.CancellationToken);
        Assert.Equal("/login?failed=1", wrong.Headers.Location?.OriginalString);

        var login = await _browser.PostAsync("/login", new FormUrlEncodedContent([new("token", Token)]), TestContext.Current.CancellationToken);
        var page = await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Sumber daya / Resources", page);
        Assert.Contains("demo", page);
        Assert.Contains("pending", page);
        Assert.Contains("http-equiv=\"refresh\"", page);
        Assert.DoesNotContain(Token, page);
    }

    [Fact]
    public async Task The_otlp_receiver_rejects_what_is_not_protobuf()
    {
        using var client = new HttpClient();
        var json = await client.PostAsync($"{_dashboard.Url}/v1/traces",
            new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);

        var garbage = new ByteArrayContent([0xFF, 0xFF, 0xFF]);
        garbage.Headers.ContentType = new("application/x-protobuf");
        var bad = await client.PostAsync($"{_dashboard.Url}/v1/traces", garbage, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Empty(_dashboard.Store.Spans());
    }

    private async Task SignInAsync()
    {
        var response = await _browser.GetAsync($"/?t={Token}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        _browser.Dispose();
        await _dashboard.AfterStopAsync(_app);
        await _app.DisposeAsync();
        _temp.Dispose();
    }
}
