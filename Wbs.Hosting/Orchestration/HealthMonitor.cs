using Npgsql;
using Wbs.Hosting.ApplicationModel;
using Wbs.Hosting.Infrastructure;

namespace Wbs.Hosting.Orchestration;

/// <summary>Every 3 s, asks each running resource whether it is healthy and reports changes.</summary>
internal sealed class HealthMonitor(IReadOnlyList<IResource> resources, ResourceMonitor monitor, Func<ConsoleReporter> reporter,
    HttpClient http, TimeProvider time)
{
    private readonly CancellationTokenSource _monitoring = new();
    private Task _loop = Task.CompletedTask;

    public void Start() => _loop = Task.Run(() => MonitorAsync(_monitoring.Token));

    public async Task StopAsync()
    {
        await _monitoring.CancelAsync();
        await _loop;
    }

    private async Task MonitorAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(3), time);
        while (!token.IsCancellationRequested)
        {
            try
            {
                await timer.WaitForNextTickAsync(token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            foreach (var resource in resources)
            {
                var state = monitor[resource.Name];
                var (healthy, report) = resource switch
                {
                    ProjectResource project when state.Status is ResourceStatus.Healthy or ResourceStatus.Unhealthy =>
                        await HealthProbe.ProbeAsync(http, project.Url, token),
                    PostgresServerResource pg when pg.Server is not null => await ProbePostgresAsync(pg, token),
                    RabbitMQServerResource rabbit when rabbit.Server is not null => await ProbeRabbitAsync(rabbit.Server, token),
                    _ => (false, (string?)null),
                };
                if (report is null || token.IsCancellationRequested)
                {
                    continue;
                }
                var before = state.Status;
                state.Health = report;
                state.HealthCheckedAt = time.GetUtcNow();
                state.Status = healthy ? ResourceStatus.Healthy : ResourceStatus.Unhealthy;
                if (before != state.Status)
                {
                    reporter().Status(state, healthy ? null : report);
                }
            }
        }
    }

    private static async Task<(bool, string?)> ProbePostgresAsync(PostgresServerResource pg, CancellationToken token)
    {
        try
        {
            await using var connection = new NpgsqlConnection(pg.ConnectionStringFor("postgres") + ";Timeout=5;Pooling=false");
            await connection.OpenAsync(token);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(token);
            return (true, "SELECT 1 ok");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return (false, e.Message);
        }
    }

    private static async Task<(bool, string?)> ProbeRabbitAsync(RabbitMqServer server, CancellationToken token)
    {
        try
        {
            using var response = await server.GetManagementAsync("overview", token);
            return (response.IsSuccessStatusCode, $"management API {(int)response.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return (false, e.Message);
        }
    }
}
