using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wbs.Contracts.Api;
using Wbs.ServiceDefaults.Tenancy;

namespace Wbs.Gateway.Tests;

/// <summary>
/// A gateway following the tenant registry (no fixed catalogue, a refresh interval of an hour): an agency created
/// after the gateway started gets its own budget from its first request, not on the next refresh.
/// </summary>
public sealed class NewTenantBudgetTests : IAsyncLifetime
{
    private readonly string _slug = "baru-" + Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentDictionary<string, TenantProfile> _registry = new();
    private readonly ConcurrentQueue<string> _forwarded = new();
    private int _registryReads;
    private LoopbackServer _intake = null!;
    private EchoServer _echo = null!;
    private GatewayHost _gateway = null!;

    public async ValueTask InitializeAsync()
    {
        foreach (var seed in TenantCatalog.Seeds(null))
        {
            _registry[seed.Slug] = seed;
        }
        // Intake as the gateway sees it: the registry's public list, and every forwarded request recorded.
        _intake = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet(TenantRegistryClient.Path, () =>
            {
                Interlocked.Increment(ref _registryReads);
                return Results.Json(_registry.Values.ToList(), TenantCatalog.Json);
            });
            app.MapFallback(async context =>
            {
                _forwarded.Enqueue(context.Request.Path.Value ?? "");
                await context.Response.WriteAsJsonAsync(new { accepted = true });
            });
        });
        _echo = await EchoServer.StartAsync();
        _gateway = GatewayHost.Start(_echo, without: ["intake"], extra: new()
        {
            ["Tenancy:File"] = "",
            ["Tenancy:RefreshInterval"] = "01:00:00",
            ["services:intake:http:0"] = _intake.Address.ToString(),
            ["Abuse:ProofOfWork:Mode"] = "UnderPressure",
            ["Abuse:ProofOfWork:BaseDifficulty"] = "8",
            [$"Abuse:Limits:intake:Tenants:{_slug}:PermitsPerMinute"] = "1",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _echo.DisposeAsync();
        await _intake.DisposeAsync();
    }

    [Fact]
    public async Task Agency_created_after_start_gets_its_own_budget_from_its_first_request()
    {
        var ct = TestContext.Current.CancellationToken;
        // The gateway has read the registry (seeds only) before the agency exists.
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref _registryReads) > 0), what: "the gateway's first registry read");
        var readsBefore = Volatile.Read(ref _registryReads);
        _registry[_slug] = new TenantProfile { Slug = _slug, Name = "Inspektorat Baru", Contact = new TenantContact(), Version = 1 };

        using var first = await _gateway.Client.PostAsJsonAsync($"/api/{_slug}/complaints", new { title = "pertama" }, ct);
        using var second = await _gateway.Client.PostAsJsonAsync($"/api/{_slug}/complaints", new { title = "kedua" }, ct);
        using var seedTenant = await _gateway.Client.PostAsJsonAsync("/api/banjarnegara/complaints", new { title = "seed" }, ct);

        // Its budget of one write a minute: the first passes, the second must pay proof of work (an unknown slug never would).
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.PreconditionRequired);
        Assert.Single(_forwarded, p => p == $"/api/{_slug}/complaints");
        // The seed tenant's budget is its own (60 a minute); the registry was asked on demand, once.
        Assert.Equal(HttpStatusCode.OK, seedTenant.StatusCode);
        Assert.Equal(readsBefore + 1, Volatile.Read(ref _registryReads));
    }
}
