using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wbs.ServiceDefaults.Http;
using Wbs.TestSupport;
using Wbs.TestSupport.Infrastructure;

namespace Wbs.ServiceDefaults.Tests;

public sealed class ResilienceLoggingTests
{
    [Fact]
    public async Task A_peer_that_does_not_answer_is_retried_with_warnings_and_no_error_in_the_log()
    {
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddWbsResilienceTelemetry();
        services.AddHttpClient("peer").AddWbsResilienceHandler();
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("peer");

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://127.0.0.1:{PortAllocator.GetFreePort()}/api/tenants",
            TestContext.Current.CancellationToken));

        // Four attempts (the first and three retries), each a warning; none an error.
        Assert.Equal(4, logs.Lines.Count(l => l.StartsWith("Warning Polly", StringComparison.Ordinal) && l.Contains("Execution attempt", StringComparison.Ordinal)));
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }
}
