using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wbs.Contracts;
using Wbs.ServiceDefaults.Security;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>Reports received by letter, phone, e-mail or in person, entered by staff (API.md "Case work").</summary>
public sealed class ReceivedReportTests(InfrastructureFixture infra) : IntakeWithProbe(infra)
{
    private const string Path = "/api/banjarnegara/cases";
    private HttpClient Staff(Guid id, params string[] roles) =>
        Host.Client(Host.Tokens.Issue("banjarnegara", "staff", id, roles, name: "vera.verifikator"));

    private static object Letter(string channel = "letter", DateTimeOffset? receivedAt = null) => new
    {
        reporterType = "external",
        category = "korupsi",
        title = "Pungutan di loket KTP (surat)",
        what = "Surat pelapor: petugas loket meminta uang tambahan untuk mempercepat KTP.",
        where = "Kantor kecamatan",
        channel,
        receivedAt,
    };

    [Fact]
    public async Task Letter_entered_by_a_verifier_gets_a_code_that_finds_the_report_and_counts_the_duty_from_receipt()
    {
        var ct = TestContext.Current.CancellationToken;
        var verifierId = Guid.NewGuid();
        var receivedAt = DateTimeOffset.UtcNow.AddDays(-3);

        var response = await Staff(verifierId, "verifier").PostAsJsonAsync(Path, Letter(receivedAt: receivedAt), ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var trackingNumber = body.GetProperty("trackingNumber").GetString()!;
        var code = body.GetProperty("complaintCode").GetString()!;
        Assert.Equal("letter", body.GetProperty("channel").GetString());
        Assert.Equal(receivedAt.AddDays(30).ToUnixTimeSeconds(), body.GetProperty("responseDueAt").GetDateTimeOffset().ToUnixTimeSeconds());

        var row = await Host.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.TrackingNumber == trackingNumber, ct));
        Assert.Equal("letter", row.Channel);
        Assert.Null(row.AccountId);
        Assert.Equal(receivedAt.ToUnixTimeSeconds(), row.SubmittedAt.ToUnixTimeSeconds());

        var submitted = await Probe.WaitForAsync<ComplaintSubmitted>(m => m.TrackingNumber == trackingNumber);
        Assert.Equal("letter", submitted.Channel);
        Assert.Equal(verifierId, submitted.EnteredById);
        Assert.Equal(row.SubmittedAt, submitted.SubmittedAt);

        // Identity asks this lookup when the reporter signs in with a code it has not heard of yet.
        var digest = Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromBase64String(Host.DigestKey),
            Encoding.ASCII.GetBytes(ComplaintCode.Normalize(code)!)));
        var lookupPath = "/internal/banjarnegara/code-digests/lookup";
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Client().PostAsJsonAsync(lookupPath, new { codeDigest = digest }, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Host.Client().AsService(Host.Tokens.IssueService("web"))
            .PostAsJsonAsync(lookupPath, new { codeDigest = digest }, ct)).StatusCode);
        var lookup = await Host.Client().AsService(Host.Tokens.IssueService("identity")).PostAsJsonAsync(lookupPath, new { codeDigest = digest }, ct);
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Equal(trackingNumber, (await lookup.ReadJsonAsync()).GetProperty("trackingNumber").GetString());

        // The code token Identity then issues reads the report like any web reporter's.
        var reporter = Host.Client(Host.Tokens.Issue("banjarnegara", "code", row.Id, complaintId: row.Id, trackingNumber: trackingNumber));
        Assert.Equal(HttpStatusCode.Unauthorized, (await reporter.GetAsync($"/internal/banjarnegara/complaints/{trackingNumber}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Host.Client(Host.Tokens.Issue("banjarnegara", "code", row.Id, complaintId: row.Id,
            trackingNumber: trackingNumber)).AsService(Host.Tokens.IssueService("evidencestorage"))
            .GetAsync($"/internal/banjarnegara/complaints/{trackingNumber}", ct)).StatusCode);
        var content = await reporter.AsService(Host.Tokens.IssueService("web")).GetAsync($"/internal/banjarnegara/complaints/{trackingNumber}", ct);
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal("Pungutan di loket KTP (surat)", (await content.ReadJsonAsync()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("investigator")]
    [InlineData("auditor")]
    [InlineData("custodian")]
    public async Task Only_verifiers_supervisors_and_admins_enter_reports(string role)
    {
        var response = await Staff(Guid.NewGuid(), role).PostAsJsonAsync(Path, Letter(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await Host.WithDbAsync(db => db.Complaints.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Anonymous_callers_and_other_tenants_cannot_enter_reports()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Client().PostAsJsonAsync(Path, Letter(), ct)).StatusCode);
        var komdigi = Host.Client(Host.Tokens.Issue("komdigi", "staff", Guid.NewGuid(), ["admin"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await komdigi.PostAsJsonAsync(Path, Letter(), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Staff(Guid.NewGuid(), "admin").PostAsJsonAsync("/api/nowhere/cases", Letter(), ct)).StatusCode);
        Assert.Equal(0, await Host.WithDbAsync(db => db.Complaints.CountAsync(ct)));
    }

    [Theory]
    [InlineData("web", 0, "channel")]
    [InlineData("fax", 0, "channel")]
    [InlineData("phone", 2, "receivedAt")]
    [InlineData("walk_in", -400, "receivedAt")]
    public async Task Bad_channel_or_receipt_date_is_a_validation_problem_and_creates_nothing(string channel, int days, string field)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await Staff(Guid.NewGuid(), "supervisor")
            .PostAsJsonAsync(Path, Letter(channel, days == 0 ? null : DateTimeOffset.UtcNow.AddDays(days)), ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, await Host.WithDbAsync(db => db.Complaints.CountAsync(ct)));
    }
}
