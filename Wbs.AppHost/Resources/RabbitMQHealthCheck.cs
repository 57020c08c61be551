using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Wbs.AppHost.Resources;

/// <summary>Healthy when the management API answers for the broker's user (the node has booted).</summary>
public sealed class RabbitMQHealthCheck(LocalRabbitMQResource broker, int managementPort) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A check is made anew for each run (see PatientHealthCheck.Register), so its client lives for one call.
        using var management = RabbitMQManagement.Client(RabbitMQManagement.Api(managementPort), LocalRabbitMQResource.UserName,
            await broker.Password.GetValueAsync(cancellationToken) ?? "", TimeSpan.FromSeconds(5));
        try
        {
            using var response = await management.GetAsync("overview", cancellationToken);
            return response.IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"management API: {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
