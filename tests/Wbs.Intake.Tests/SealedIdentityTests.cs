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

    public async ValueTask InitializeAsync()
    {
        _caseManagement = await LoopbackServer.StartAsync(app => app.MapPost("/internal/{tenant}/complaints/{complaintId:guid}/identity-grant",
            (Guid complaintId, HttpRequest request) =>
            {
                _asked.Enqueue($"{complaintId}");
                return _granted.ContainsKey(request.Headers.Authorization.ToString()) ? Results.NoContent() : Results.Problem(statusCode: 403);
            }));
        _host = await IntakeHost.StartAsync(infra, extra: new() { ["services:casemanagement:http:0"] = _caseManagement.Address.ToString() });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _caseManagement.DisposeAsync();
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
        var admin = _host.Client(_host.Tokens.Issue("banjarnegara", "staff", Guid.NewGuid(), ["admin"]));
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
