using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Wbs.AppHost.Resources;

/// <summary>
/// Asks an inner check again every <see cref="Step"/> until it is healthy or <see cref="Window"/> has
/// passed. Aspire re-checks an unhealthy resource only after 1, 2, 3, 4, then 5 s, so a resource that
/// became ready just after a check waited up to 5 s to be seen, and each layer of <c>WaitFor</c> (broker,
/// services, gateway) added that wait to the start; this way readiness is seen within a step.
/// </summary>
public sealed class PatientHealthCheck(IHealthCheck inner) : IHealthCheck
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(150);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(Window);
        var result = await inner.CheckHealthAsync(context, cancellationToken);
        while (result.Status != HealthStatus.Healthy && !window.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Step, window.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
            result = await inner.CheckHealthAsync(context, cancellationToken);
        }
        return result;
    }

    /// <summary>Registers <paramref name="check"/> under <paramref name="key"/>, asked patiently.</summary>
    public static void Register(IDistributedApplicationBuilder builder, string key, Func<IHealthCheck> check) =>
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(key, _ => new PatientHealthCheck(check()), null, null));
}
