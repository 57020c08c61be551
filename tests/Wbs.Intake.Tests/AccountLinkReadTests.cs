using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>
/// Read-your-writes for accounts: a report linked in Identity a moment ago (its <c>ReporterAccountLinked</c> has not
/// reached Intake) is readable by that account at once, because Intake asks Identity (a real HTTP peer here, answering
/// as its internal endpoint does, by the account's own token) before it refuses. Nobody else gains anything.
/// </summary>
public sealed class AccountLinkReadTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IntakeHost _host = null!;
    private LoopbackServer _identity = null!;
    private readonly ConcurrentDictionary<string, string[]> _linked = new();
    private volatile bool _identityUp = true;

    public async ValueTask InitializeAsync()
    {
        _identity = await LoopbackServer.StartAsync(app => app.MapGet("/internal/{tenant}/accounts/current/reports", (HttpRequest request) =>
            _identityUp
                ? Results.Ok(new { linkedReports = _linked.GetValueOrDefault(request.Headers.Authorization.ToString(), []) })
                : Results.StatusCode(503)));
        _host = await IntakeHost.StartAsync(infra, extra: new() { ["services:identity:http:0"] = _identity.Address.ToString() });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task An_account_reads_a_report_Identity_linked_before_Intake_heard_of_the_link_and_no_other_account_does()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await (await _host.Client().PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint("baru ditautkan"), ct)).ReadJsonAsync();
        var trackingNumber = created.GetProperty("trackingNumber").GetString()!;
        var ownerToken = _host.Tokens.Issue("banjarnegara", "account", Guid.NewGuid());
        _linked[$"Bearer {ownerToken}"] = [trackingNumber];
        var owner = _host.Client(ownerToken).AsService(_host.Tokens.IssueService("casemanagement"));
        var stranger = _host.Client(_host.Tokens.Issue("banjarnegara", "account", Guid.NewGuid())).AsService(_host.Tokens.IssueService("casemanagement"));
        var titles = new { trackingNumbers = new[] { trackingNumber } };

        var content = await owner.GetAsync($"/internal/banjarnegara/complaints/{trackingNumber}", ct);
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Contains("baru ditautkan", (await content.ReadJsonAsync()).GetProperty("what").GetString());
        var ownTitles = await (await owner.PostAsJsonAsync("/internal/banjarnegara/complaints/titles", titles, ct)).ReadJsonAsync();
        Assert.Equal(trackingNumber, Assert.Single(ownTitles.GetProperty("items").EnumerateArray()).GetProperty("trackingNumber").GetString());

        var refused = await stranger.GetAsync($"/internal/banjarnegara/complaints/{trackingNumber}", ct);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await (await stranger.PostAsJsonAsync("/internal/banjarnegara/complaints/titles", titles, ct)).ReadJsonAsync())
            .GetProperty("items").EnumerateArray());

        // Identity down: the link Intake has not heard of yet is not readable, and the answer is still a plain 404.
        _identityUp = false;
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/internal/banjarnegara/complaints/{trackingNumber}", ct)).StatusCode);
    }
}
