using Microsoft.EntityFrameworkCore;
using static Wbs.CaseManagement.Tests.CaseManagementHost;

namespace Wbs.CaseManagement.Tests;

/// <summary>Identity disclosure with custodian approval (API.md "Case work"), against the real database, broker and audit chain.</summary>
public sealed class DisclosureTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Reason = "Saksi kunci perlu dimintai keterangan resmi dalam pemeriksaan.";
    private CaseManagementHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await StartAsync(infra);
        _host.CallingService = "intake";
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<(Guid ComplaintId, string TrackingNumber)> SubmitWithIdentityAsync()
    {
        var submitted = _host.ComplaintSubmittedFor() with { HasSealedIdentity = true };
        _host.Peers.Titles[submitted.TrackingNumber] = "Pungutan liar";
        await _host.Probe.PublishAsync(submitted);
        await _host.WaitForCaseAsync(submitted.ComplaintId);
        return (submitted.ComplaintId, submitted.TrackingNumber);
    }

    private static string Grant(Guid complaintId) => $"/internal/{Tenant}/complaints/{complaintId}/identity-grant";

    [Fact]
    public async Task Identity_grant_asks_for_Intakes_service_identity()
    {
        var (complaintId, _) = await SubmitWithIdentityAsync();
        _host.CallingService = null;
        using var anonymous = _host.Staff("admin");
        await (await anonymous.Post(Grant(complaintId), new { })).ProblemAsync(HttpStatusCode.Unauthorized);
        _host.CallingService = "evidencestorage";
        using var wrongService = _host.Staff("admin");
        await (await wrongService.Post(Grant(complaintId), new { })).ProblemAsync(HttpStatusCode.Forbidden);
        // A user token in the service header is no service identity.
        using var userAsService = _host.Staff("admin").AsService(_host.Tokens.Issue(Tenant, "staff", Guid.NewGuid(), ["admin"]));
        await (await userAsService.Post(Grant(complaintId), new { })).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, await _host.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == "identity.refused", Http.Ct)));
    }

    [Fact]
    public async Task Approved_by_another_custodian_the_requester_alone_may_read_for_the_window_audited_and_the_reporter_told_why()
    {
        var (complaintId, trackingNumber) = await SubmitWithIdentityAsync();
        var requesterId = Guid.NewGuid();
        // A verifier who is also a custodian still cannot approve their own request.
        using var requester = _host.Staff(requesterId, ["verifier", "custodian"], name: "rina.peminta");
        using var otherVerifier = _host.Staff("verifier");
        using var custodian = _host.Staff(Guid.NewGuid(), ["custodian"], name: "kustodian.satu");

        var created = await (await requester.Post(Path($"cases/{trackingNumber}/disclosures"), new { reason = Reason }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("pending", created.Str("status"));
        var disclosureId = created.Str("disclosureId");

        await (await requester.Post(Grant(complaintId), new { })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await requester.Post(Path($"disclosures/{disclosureId}/decision"), new { approve = true })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await otherVerifier.Post(Path($"disclosures/{disclosureId}/decision"), new { approve = true })).ProblemAsync(HttpStatusCode.Forbidden);
        var pending = await (await custodian.Get(Path("disclosures?status=pending"))).JsonAsync();
        Assert.Equal(Reason, pending.GetProperty("items").EnumerateArray().Single(i => i.Str("disclosureId") == disclosureId).Str("reason"));
        // A custodian decides without reading the report.
        await (await custodian.Get(Path($"cases/{trackingNumber}"))).ProblemAsync(HttpStatusCode.Forbidden);

        var decided = await (await custodian.Post(Path($"disclosures/{disclosureId}/decision"), new { approve = true, note = "Sesuai prosedur." }))
            .JsonAsync();
        Assert.Equal("approved", decided.Str("status"));
        await (await custodian.Post(Path($"disclosures/{disclosureId}/decision"), new { approve = false })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.NoContent, (await requester.Post(Grant(complaintId), new { })).StatusCode);
        await (await otherVerifier.Post(Grant(complaintId), new { })).ProblemAsync(HttpStatusCode.Forbidden);
        _host.Clock.Advance(TimeSpan.FromHours(25));
        await (await requester.Post(Grant(complaintId), new { })).ProblemAsync(HttpStatusCode.Forbidden);

        using var auditor = _host.Staff("auditor");
        var audit = await (await auditor.Get(Path($"audit?trackingNumber={trackingNumber}"))).JsonAsync();
        var actions = audit.GetProperty("items").EnumerateArray().Select(i => (Action: i.Str("action"), Actor: i.Str("actor"))).Reverse().ToList();
        Assert.Equal(
            [
                (AuditActions.CaseOpened, "system"), (AuditActions.DisclosureRequested, "rina.peminta"), (AuditActions.IdentityRefused, "rina.peminta"),
                (AuditActions.DisclosureApproved, "kustodian.satu"), (AuditActions.IdentityRead, "rina.peminta"),
                (AuditActions.IdentityRefused, OtherVerifierName(audit)), (AuditActions.IdentityRefused, "rina.peminta"),
            ], actions);

        var reporterView = await (await _host.Code(complaintId, trackingNumber).Get(Path($"reports/{trackingNumber}"))).JsonAsync();
        var notice = reporterView.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("message").GetString())
            .Single(m => m?.Contains("Identitas Anda telah dibuka") == true)!;
        Assert.Contains(Reason, notice);
        Assert.DoesNotContain("rina", reporterView.GetRawText());
        var disclosed = await _host.Probe.WaitForAsync<IdentityDisclosed>(m => m.TrackingNumber == trackingNumber);
        Assert.Equal(complaintId, disclosed.ComplaintId);
    }

    private static string OtherVerifierName(JsonElement audit) =>
        audit.GetProperty("items").EnumerateArray().Select(i => i.Str("actor")).First(a => a.StartsWith("staf-", StringComparison.Ordinal));

    [Fact]
    public async Task Requests_without_sealed_identity_bad_reasons_unknown_ids_and_denials_grant_nothing()
    {
        var (_, plain) = await _host.SubmitAsync();
        var (complaintId, trackingNumber) = await SubmitWithIdentityAsync();
        using var requester = _host.Staff("verifier");
        using var custodian = _host.Staff("custodian");

        await (await requester.Post(Path($"cases/{plain}/disclosures"), new { reason = Reason })).ProblemAsync(HttpStatusCode.Conflict);
        var invalid = await (await requester.Post(Path($"cases/{trackingNumber}/disclosures"), new { reason = "cek" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("reason", out _));
        await (await requester.Post(Path("cases/WBS-2026-999999/disclosures"), new { reason = Reason })).ProblemAsync(HttpStatusCode.NotFound);
        await (await custodian.Post(Path($"cases/{trackingNumber}/disclosures"), new { reason = Reason })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await _host.Staff(Guid.NewGuid(), ["verifier"], tenant: "komdigi").Post(Path($"cases/{trackingNumber}/disclosures"), new { reason = Reason }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        var id = (await (await requester.Post(Path($"cases/{trackingNumber}/disclosures"), new { reason = Reason })).JsonAsync(HttpStatusCode.Created))
            .Str("disclosureId");
        await (await requester.Post(Path($"cases/{trackingNumber}/disclosures"), new { reason = Reason })).ProblemAsync(HttpStatusCode.Conflict);
        await (await custodian.Post(Path($"disclosures/{Guid.NewGuid()}/decision"), new { approve = true })).ProblemAsync(HttpStatusCode.NotFound);
        await (await custodian.Post(Path($"disclosures/{id}/decision"), new { note = "tanpa keputusan" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await _host.Staff(Guid.NewGuid(), ["custodian"], tenant: "komdigi").Post($"/api/komdigi/disclosures/{id}/decision", new { approve = true }))
            .ProblemAsync(HttpStatusCode.NotFound);

        var denied = await (await custodian.Post(Path($"disclosures/{id}/decision"), new { approve = false })).JsonAsync();
        Assert.Equal("denied", denied.Str("status"));
        await (await requester.Post(Grant(complaintId), new { })).ProblemAsync(HttpStatusCode.Forbidden);
        var mine = await (await requester.Get(Path("disclosures"))).JsonAsync();
        Assert.Equal("denied", mine.GetProperty("items").EnumerateArray().Single().Str("status"));
        var reporterView = await (await _host.Code(complaintId, trackingNumber).Get(Path($"reports/{trackingNumber}"))).JsonAsync();
        Assert.DoesNotContain("Identitas Anda", reporterView.GetRawText());
        Assert.Empty(_host.Probe.Received<IdentityDisclosed>());
    }
}
