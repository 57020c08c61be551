using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Wbs.AppHost.Resources;

/// <summary>Healthy when the server accepts a login to its maintenance database.</summary>
public sealed class PostgresHealthCheck(LocalPostgresResource server) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(await server.AdminConnectionStringAsync(cancellationToken));
            await connection.OpenAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
