using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Wbs.ServiceDefaults.Http;
using Wbs.TestSupport;

namespace Wbs.ServiceDefaults.Tests;

/// <summary>A peer that answers 503 to the first try of every request, on a real socket.</summary>
public sealed class ResilienceRetryTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _received = new();
    private LoopbackServer _peer = null!;
    private HttpClient _client = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        var tries = new ConcurrentDictionary<string, int>();
        _peer = await LoopbackServer.StartAsync(app => app.MapPost("/api/banjarnegara/complaints", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            _received.Enqueue($"{request.Headers[IdempotencyKey.Header]}|{body}");
            return tries.AddOrUpdate(body, 1, (_, n) => n + 1) == 1 ? Results.StatusCode(503) : Results.Created("/x", null);
        }));
        var services = new ServiceCollection().AddLogging();
        services.AddHttpClient("peer", c => c.BaseAddress = _peer.Address).AddWbsResilienceHandler();
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<IHttpClientFactory>().CreateClient("peer");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _peer.DisposeAsync();
    }

    [Fact]
    public async Task A_report_sent_with_an_idempotency_key_is_sent_again_with_the_same_key_and_body_after_a_503()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/banjarnegara/complaints") { Content = JsonContent.Create(new { title = "dengan kunci" }) };
        request.Headers.Add(IdempotencyKey.Header, "kunci-1");

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["kunci-1|{\"title\":\"dengan kunci\"}", "kunci-1|{\"title\":\"dengan kunci\"}"], _received.ToArray());
    }

    [Fact]
    public async Task A_post_without_an_idempotency_key_is_never_sent_twice()
    {
        using var response = await _client.PostAsJsonAsync("/api/banjarnegara/complaints", new { title = "tanpa kunci" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Single(_received);
    }
}
