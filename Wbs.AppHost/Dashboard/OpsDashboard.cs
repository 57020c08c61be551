using System.Net;
using Wbs.AppHost.Dashboard.Telemetry;

namespace Wbs.AppHost.Dashboard;

/// <summary>The ops dashboard and OTLP receiver, started before any resource (so telemetry from the first second arrives).</summary>
public sealed class OpsDashboard(int port, string token) : IDistributedApplicationLifecycleHook
{
    private WebApplication? _web;

    public TelemetryStore Store { get; } = new();
    public string Url => $"http://127.0.0.1:{port}";

    public async Task BeforeStartAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(app);
        builder.Services.AddSingleton(Store);
        builder.Services.AddSingleton(new DashboardToken(token));
        builder.Services.AddProblemDetails();
        var web = builder.Build();
        web.UseMiddleware<DashboardAuthMiddleware>();
        web.MapOtlpApi();
        web.MapLoginApi();
        web.MapResourcePages();
        web.MapTracePages();
        web.MapLogPages();
        web.MapMetricPages();
        await web.StartAsync(cancellationToken);
        _web = web;
        app.Reporter.Line($"  {"dashboard",-18} {"running",-10} {"",-10} {Url}");
    }

    public async Task AfterStopAsync(DistributedApplication app)
    {
        if (_web is { } web)
        {
            await web.StopAsync();
            await web.DisposeAsync();
            _web = null;
        }
    }
}
