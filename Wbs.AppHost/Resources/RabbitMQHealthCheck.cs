using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Wbs.AppHost.Resources;

/// <summary>Healthy when the management API answers for the broker's user (the node has booted).</summary>
public sealed class RabbitMQHealthCheck(LocalRabbitMQResource broker, int managementPort) : IHealthCheck
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var password = await broker.Password.GetValueAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{managementPort}/api/overview");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{LocalRabbitMQResource.UserName}:{password}")));
        try
        {
            using var response = await Http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"management API: {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
