using System.Collections.Concurrent;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wbs.AppHost.Extensions;
using Wbs.AppHost.Resources;
using Wbs.TestSupport.Infrastructure;
using PortAllocator = Wbs.TestSupport.Infrastructure.PortAllocator;
using Xunit;

namespace Wbs.TestSupport;

/// <summary>
/// The whole system, started from the real AppHost with <c>Aspire.Hosting.Testing</c>: a temporary
/// data folder, free ports, Development (seeded staff, dev-credentials.json) and the dashboard on.
/// Tests drive it through the gateway only. Requires a built solution.
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    private string[] _settings = [];

    /// <summary>A system started with extra AppHost settings (<c>NAME=value</c>); xUnit's own fixtures use the defaults.</summary>
    public static AppHostFixture WithSettings(params string[] settings) => new() { _settings = settings };

    private string _dataDir = NewDataDirectory();
    private readonly SemaphoreSlim _loginGate = new(1, 1);
    private DistributedApplication? _app;
    private ResourceLogFile? _resourceLog;

    private static readonly TimeSpan FirstStartTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    public string GatewayUrl { get; private set; } = "";
    public string DataDirectory => _dataDir;
    public DevCredentials Credentials { get; private set; } = null!;
    /// <summary>The key of the dashboard's telemetry HTTP API (header <c>x-api-key</c>).</summary>
    public string DashboardApiKey { get; private set; } = "";
    public DistributedApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(GatewayUrl), Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The RabbitMQ management API (<c>…/api/</c>) of the messaging resource, as the broker's own user.</summary>
    public HttpClient BrokerManagementClient()
    {
        var password = File.ReadAllText(Path.Combine(DataDirectory, "secrets", "rabbitmq-password")).Trim();
        return RabbitMQManagement.Client(new Uri(App.GetEndpoint("messaging", "management"), "/api/"), LocalRabbitMQResource.UserName, password);
    }

    public static string[] Arguments(string dataDirectory) =>
    [
        $"WBS_DATA_DIR={dataDirectory}",
        $"WBS_GATEWAY_PORT={PortAllocator.GetFreePort()}",
        $"WBS_DASHBOARD_PORT={PortAllocator.GetFreePort()}",
        $"WBS_OTLP_PORT={PortAllocator.GetFreePort()}",
        $"WBS_OTLP_HTTP_PORT={PortAllocator.GetFreePort()}",
        $"WBS_RESOURCE_SERVICE_PORT={PortAllocator.GetFreePort()}",
        $"WBS_POSTGRES_PORT={PortAllocator.GetFreePort()}",
        $"WBS_RABBITMQ_PORT={PortAllocator.GetFreePort()}",
        $"WBS_RABBITMQ_MANAGEMENT_PORT={PortAllocator.GetFreePort()}",
    ];

    /// <summary>
    /// Starts the system. A start that is not healthy in time is described in
    /// <c>.wbs/test-results/start-failure-*.txt</c> (which <c>./wbs test</c> prints) and tried once more on
    /// fresh data: CI once lost a whole test project to a first start that never became healthy.
    /// </summary>
    public async ValueTask InitializeAsync()
    {
        try
        {
            await StartAsync(FirstStartTimeout);
        }
        catch (TimeoutException e)
        {
            var report = Path.Combine(FindRepositoryRoot(), ".wbs", "test-results", $"start-failure-{Guid.NewGuid():N}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(report)!);
            await File.WriteAllTextAsync(report, e.Message);
            await StopAsync();
            _dataDir = NewDataDirectory();
            await StartAsync(StartTimeout);
        }
    }

    private async Task StartAsync(TimeSpan limit)
    {
        Directory.CreateDirectory(_dataDir);
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(AppHostSettings),
                [.. Arguments(_dataDir), .. _settings, "--environment=Development"],
                (options, _) => options.DisableDashboard = false, timeout.Token);
            _app = await builder.BuildAsync(timeout.Token);
            _resourceLog = new ResourceLogFile(_app);
            await _app.StartAsync(timeout.Token);
            var model = _app.Services.GetRequiredService<DistributedApplicationModel>();
            foreach (var service in model.Resources.OfType<ServiceResource>())
            {
                await _app.ResourceNotifications.WaitForResourceHealthyAsync(service.Name, timeout.Token);
            }
            var credentials = Path.Combine(_dataDir, "dev-credentials.json");
            while (!File.Exists(credentials))
            {
                await Task.Delay(100, timeout.Token);
            }
            Credentials = DevCredentials.Read(credentials);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // Says which resource never got there, with its own last log lines, instead of a bare timeout.
            var described = _resourceLog?.Describe() ?? "(the AppHost was not built)";
            throw new TimeoutException($"The system was not healthy within {limit}:\n{described}");
        }
        DashboardApiKey = File.ReadAllText(Path.Combine(_dataDir, "secrets", "dashboard-api-key")).Trim();
        GatewayUrl = Credentials.Gateway.TrimEnd('/');
    }

    private static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "wbs-e2e", Guid.NewGuid().ToString("N")[..12]);

    /// <summary>
    /// Signs a seeded staff member in with password and a fresh TOTP code, paying a proof of work when
    /// asked. Codes come from <see cref="TotpSteps"/>, the process's one TOTP gate.
    /// </summary>
    public async Task<string> StaffTokenAsync(string tenant, string role)
    {
        var staff = Credentials.For(tenant, role);
        await _loginGate.WaitAsync();
        try
        {
            using var held = await TotpSteps.HoldAsync(tenant, staff.Username);
            var step = await TotpSteps.ReserveAsync(tenant, staff.Username);
            using var client = CreateClient();
            // Under a flood the gateway throttles staff sign-ins (429) and a challenge solved ahead is the way past it;
            // solving it can outlast a TOTP step, so each attempt carries a code still accepted when it is sent.
            var attempt = 0;
            var response = await ProofOfWorkSolver.SendAsync(client, () =>
            {
                var sendStep = attempt++ == 0 ? step : TotpSteps.TryReserve(tenant, staff.Username) ?? Math.Max(step, TestTotp.Step(DateTimeOffset.UtcNow));
                step = sendStep;
                return new HttpRequestMessage(HttpMethod.Post, $"/api/{tenant}/staff/sessions")
                {
                    Content = System.Net.Http.Json.JsonContent.Create(new { username = staff.Username, password = staff.Password,
                        totp = TestTotp.ComputeForStep(staff.TotpSecret, sendStep) }),
                };
            }, CancellationToken.None, throttledFamily: "staff-sessions");
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Staff login of {staff.Username} failed: {(int)response.StatusCode} {body}");
            }
            return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
        }
        finally
        {
            _loginGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // PostgreSQL's files belong to its own user; the temp folder is cleaned by the OS.
        }
    }

    private async Task StopAsync()
    {
        if (_app is null)
        {
            return;
        }
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await _app.StopAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // DCP ends what is left when the AppHost goes.
        }
        if (_resourceLog is not null)
        {
            await _resourceLog.DisposeAsync();
            _resourceLog = null;
        }
        await _app.DisposeAsync();
        _app = null;
    }

    public static string FindRepositoryRoot() => AppHostSettings.RepositoryRoot();
}
