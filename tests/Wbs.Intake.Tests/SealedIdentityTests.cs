using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>
/// The sealed identity: the reporter leaves it later, staff read it only when CaseManagement (a real
/// HTTP peer here, answering as its grant endpoint does) says the caller holds an approved disclosure.
/// </summary>
public sealed class SealedIdentityTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IntakeHost _host = null!;
    private LoopbackServer _caseManagement = null!;
    private readonly ConcurrentDictionary<string, bool> _granted = new();
    private readonly ConcurrentQueue<string> _asked = new();
    private readonly ConcurrentDictionary<string, bool> _readers = new();
    private readonly ConcurrentQueue<string> _reads = new();

    private sealed record ContentReadBody(string Purpose, string[] TrackingNumbers);

    public async ValueTask InitializeAsync()
    {
        _caseManagement = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/internal/{tenant}/complaints/{complaintId:guid}/identity-grant",
                (Guid complaintId, HttpRequest request) =>
                {
                    _asked.Enqueue($"{complaintId}");
                    return _granted.ContainsKey(request.Headers.Authorization.ToString()) ? Results.NoContent() : Results.Problem(statusCode: 403);
                });
            // CaseManagement's case access for staff reads (it audits them): here, the readers listed in _readers.
            app.MapPost("/internal/{tenant}/complaints/content-reads", (ContentReadBody body, HttpRequest request) =>
            {
                _reads.Enqueue($"{body.Purpose}:{string.Join(',', body.TrackingNumbers)}");
                return Results.Ok(new { allowed = _readers.ContainsKey(request.Headers.Authorization.ToString()) ? body.TrackingNumbers : [] });
            });
        });
        _host = await IntakeHost.StartAsync(infra, extra: new() { ["services:casemanagement:http:0"] = _caseManagement.Address.ToString() });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _caseManagement.DisposeAsync();
    }

    [Fact]
    public async Task Staff_read_content_and_titles_only_where_CaseManagement_allows_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var marker = $"pungutan loket {Guid.NewGuid():N}";
        var created = await (await _host.Client().PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint(marker), ct)).ReadJsonAsync();
        var trackingNumber = created.GetProperty("trackingNumber").GetString()!;
        var assignedToken = _host.Tokens.Issue("banjarnegara", "staff", Guid.NewGuid(), ["investigator"]);
        _readers[$"Bearer {assignedToken}"] = true;
        var assigned = _host.Client(assignedToken).AsService(_host.Tokens.IssueService("casemanagement"));
        var other = _host.Client(_host.Tokens.Issue("banjarnegara", "staff", Guid.NewGuid(), ["investigator"]))
            .AsService(_host.Tokens.IssueService("casemanagement"));

        Assert.Equal(HttpStatusCode.OK, (await assigned.GetAsync($"/internal/banjarnegara/complaints/{trackingNumber}", ct)).StatusCode);
        var refused = await other.GetAsync($"/internal/banjarnegara/complaints/{trackingNumber}", ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Dugaan", await refused.Content.ReadAsStringAsync(ct));

        var titles = new { trackingNumbers = new[] { trackingNumber } };
        Assert.Single((await (await assigned.PostAsJsonAsync("/internal/banjarnegara/complaints/titles", titles, ct)).ReadJsonAsync())
            .GetProperty("items").EnumerateArray());
        Assert.Empty((await (await other.PostAsJsonAsync("/internal/banjarnegara/complaints/titles", titles, ct)).ReadJsonAsync())
            .GetProperty("items").EnumerateArray());
        // A title search names the match with its title to whom CaseManagement allows it, and to no one else.
        var search = $"/internal/banjarnegara/complaints/search?q={Uri.EscapeDataString(marker)}";
        var found = Assert.Single((await (await assigned.GetAsync(search, ct)).ReadJsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal((trackingNumber, $"Dugaan {marker}"), (found.GetProperty("trackingNumber").GetString(), found.GetProperty("title").GetString()));
        Assert.Empty((await (await other.GetAsync(search, ct)).ReadJsonAsync()).GetProperty("items").EnumerateArray());
        // Every staff read was put to CaseManagement, which audits it.
        Assert.Contains($"content:{trackingNumber}", _reads);
        Assert.Contains($"titles:{trackingNumber}", _reads);
        Assert.Contains($"search:{trackingNumber}", _reads);
    }

    [Fact]
    public async Task Identity_left_later_is_stored_sealed_and_opens_only_for_a_granted_requester()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await (await _host.Client().PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint(), ct)).ReadJsonAsync();
        var trackingNumber = created.GetProperty("trackingNumber").GetString()!;
        var complaintId = created.GetProperty("complaintId").GetGuid();
        var reporter = _host.Client(_host.Tokens.Issue("banjarnegara", "code", complaintId, complaintId: complaintId, trackingNumber: trackingNumber));
        var stranger = _host.Client(_host.Tokens.Issue("banjarnegara", "code", Guid.NewGuid(), complaintId: Guid.NewGuid(), trackingNumber: "WBS-2026-999999"));
        var identity = new { name = "Siti Rahayu", contact = "0812-3456-7890" };

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"/api/banjarnegara/reports/{trackingNumber}/identity", identity, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await reporter.PutAsJsonAsync($"/api/banjarnegara/reports/{trackingNumber}/identity", new { name = " ", contact = "" }, ct)).StatusCode);
        var left = await reporter.PutAsJsonAsync($"/api/banjarnegara/reports/{trackingNumber}/identity", identity, ct);
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.True((await left.ReadJsonAsync()).GetProperty("hasSealedIdentity").GetBoolean());

        var row = await _host.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.Id == complaintId, ct));
        Assert.NotNull(row.SealedIdentity);
        Assert.DoesNotContain("Siti", Encoding.UTF8.GetString(row.SealedIdentity));
        var adminToken = _host.Tokens.Issue("banjarnegara", "staff", Guid.NewGuid(), ["admin"]);
        _readers[$"Bearer {adminToken}"] = true;
        var admin = _host.Client(adminToken).AsService(_host.Tokens.IssueService("casemanagement"));
        var content = await (await admin.GetAsync($"/internal/banjarnegara/complaints/{trackingNumber}", ct)).ReadJsonAsync();
        Assert.True(content.GetProperty("hasSealedIdentity").GetBoolean());
        Assert.DoesNotContain("Siti", content.GetRawText());

        var refused = await admin.GetAsync($"/api/banjarnegara/cases/{trackingNumber}/identity", ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Siti", await refused.Content.ReadAsStringAsync(ct));

        var requesterToken = _host.Tokens.Issue("banjarnegara", "staff", Guid.NewGuid(), ["verifier"]);
        _granted[$"Bearer {requesterToken}"] = true;
        var disclosed = await _host.Client(requesterToken).GetAsync($"/api/banjarnegara/cases/{trackingNumber}/identity", ct);
        Assert.Equal(HttpStatusCode.OK, disclosed.StatusCode);
        var body = await disclosed.ReadJsonAsync();
        Assert.Equal("Siti Rahayu", body.GetProperty("name").GetString());
        Assert.Equal("0812-3456-7890", body.GetProperty("contact").GetString());
        Assert.Equal([$"{complaintId}", $"{complaintId}"], _asked);

        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client(requesterToken).GetAsync("/api/banjarnegara/cases/WBS-2026-999999/identity", ct)).StatusCode);
    }
}
