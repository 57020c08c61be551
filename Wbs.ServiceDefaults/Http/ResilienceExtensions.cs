using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Wbs.ServiceDefaults.Http;

public static class ResilienceExtensions
{
    /// <summary>
    /// The strategies of Microsoft.Extensions.Http.Resilience's standard handler (total timeout, retry,
    /// circuit breaker, attempt timeout) with its defaults, but on the wall clock: the standard handler
    /// takes the container's <see cref="TimeProvider"/>, and a test that controls time would freeze every
    /// retry delay. Only requests without side effects are retried (a retried POST could submit twice),
    /// and quickly: a user is waiting, and a peer that is down answers 503 rather than hanging.
    /// </summary>
    public static IHttpClientBuilder AddWbsResilienceHandler(this IHttpClientBuilder http)
    {
        http.AddResilienceHandler("wbs-standard", builder =>
        {
            builder.TimeProvider = TimeProvider.System;
            var retry = new HttpRetryStrategyOptions { Delay = TimeSpan.FromMilliseconds(200) };
            retry.DisableForUnsafeHttpMethods();
            builder
                .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TimeSpan.FromSeconds(30) })
                .AddRetry(retry)
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions())
                .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TimeSpan.FromSeconds(10) });
        });
        return http;
    }
}
