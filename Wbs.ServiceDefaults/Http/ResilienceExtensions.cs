using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Telemetry;

namespace Wbs.ServiceDefaults.Http;

public static class ResilienceExtensions
{
    /// <summary>
    /// The strategies of Microsoft.Extensions.Http.Resilience's standard handler (total timeout, retry,
    /// circuit breaker, attempt timeout) with its defaults, but on the wall clock: the standard handler
    /// takes the container's <see cref="TimeProvider"/>, and a test that controls time would freeze every
    /// retry delay. Only requests without side effects are retried, and those that carry an
    /// <c>Idempotency-Key</c> (the service answers a repeat with the first answer, so a retried report is never
    /// submitted twice): a peer that stalls past the attempt timeout, or answers 503 for a moment, no longer
    /// costs a staff member or a reporter the report they just sent. Quickly: a user is waiting.
    /// </summary>
    public static IHttpClientBuilder AddWbsResilienceHandler(this IHttpClientBuilder http)
    {
        http.AddResilienceHandler("wbs-standard", builder =>
        {
            builder.TimeProvider = TimeProvider.System;
            var retry = new HttpRetryStrategyOptions { Delay = TimeSpan.FromMilliseconds(200) };
            var transient = retry.ShouldHandle;
            retry.ShouldHandle = async args => IsRepeatable(args.Context.GetRequestMessage()) && await transient(args);
            builder
                .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TimeSpan.FromSeconds(30) })
                .AddRetry(retry)
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions())
                .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TimeSpan.FromSeconds(10) });
        });
        return http;
    }

    /// <summary>A request that may be sent again: one without side effects, or one whose repeat the receiver recognises.</summary>
    public static bool IsRepeatable(HttpRequestMessage? request) =>
        request is not null && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options
            || request.Method == HttpMethod.Trace || request.Headers.Contains(IdempotencyKey.Header));

    /// <summary>
    /// A call between services whose last attempt failed is logged by Polly as a Warning instead of an Error: the
    /// caller decides what the failure means and reports it (a request answered 503, a job that runs again). A peer
    /// still starting, as when all services start side by side, otherwise put a red mark on the dashboard for a
    /// healthy system.
    /// </summary>
    public static IServiceCollection AddWbsResilienceTelemetry(this IServiceCollection services) =>
        services.Configure<TelemetryOptions>(o => o.SeverityProvider = args =>
            args.Event.EventName == "ExecutionAttempt" && args.Event.Severity == ResilienceEventSeverity.Error
                ? ResilienceEventSeverity.Warning
                : args.Event.Severity);
}
