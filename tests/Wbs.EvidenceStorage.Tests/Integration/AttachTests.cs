using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wbs.Contracts;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>The internal check and attach endpoints, and attachment on ComplaintSubmitted.</summary>
public sealed class AttachTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private Task<UploadResult> UploadAsync(string tenant = EvidenceHost.Tenant) =>
        _host.UploadOkAsync("bukti.txt", "bukti"u8.ToArray(), "text/plain", tenant);

    private Task<HttpResponseMessage> AttachAsync(Guid complaintId, params Guid[] ids) =>
        PostInternalAsync("attach", new { complaintId, trackingNumber = "WBS-2026-000042", evidenceIds = ids }, "casemanagement");

    /// <summary>An internal call as <paramref name="service"/> (none: without a service identity).</summary>
    private Task<HttpResponseMessage> PostInternalAsync(string path, object body, string? service = "intake")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/internal/{EvidenceHost.Tenant}/evidence/{path}") { Content = JsonContent.Create(body) };
        return _host.Client.SendAsync(service is null ? request : request.AsService(_host.Tokens.IssueService(service)), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Internal_endpoints_answer_only_the_services_that_call_them()
    {
        var file = await UploadAsync();
        var attach = new { complaintId = Guid.NewGuid(), trackingNumber = "WBS-2026-000042", evidenceIds = new[] { file.EvidenceId } };
        var reserve = new { complaintId = Guid.NewGuid(), evidenceIds = new[] { file.EvidenceId } };
        foreach (var (path, body, allowed) in new (string, object, string)[]
                 {
                     ("attach", attach, "casemanagement"), ("check", reserve, "intake"),
                     ("reservations", reserve, "intake"), ("reservations/release", reserve, "intake"),
                 })
        {
            using var none = await PostInternalAsync(path, body, service: null);
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
            Assert.Equal("application/problem+json", none.Content.Headers.ContentType!.MediaType);
            using var other = await PostInternalAsync(path, body, allowed == "intake" ? "casemanagement" : "intake");
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
            using var web = await PostInternalAsync(path, body, "web");
            Assert.Equal(HttpStatusCode.Forbidden, web.StatusCode);
        }
        Assert.Equal(0, await _host.WithDbAsync(db => db.Evidence.CountAsync(e => e.ComplaintId != null || e.ReservedFor != null)));
    }

    [Fact]
    public async Task Check_ReportsUnknownForeignAndAttachedIds()
    {
        var free = await UploadAsync();
        var foreign = await UploadAsync(EvidenceHost.OtherTenant);
        var attached = await UploadAsync();
        using (var attach = await AttachAsync(Guid.NewGuid(), attached.EvidenceId))
        {
            Assert.Equal(HttpStatusCode.OK, attach.StatusCode);
        }
        var unknown = Guid.NewGuid();

        using var response = await PostInternalAsync("check",
            new { evidenceIds = new[] { free.EvidenceId, foreign.EvidenceId, attached.EvidenceId, unknown } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var invalid = body.GetProperty("invalid").EnumerateArray().Select(e => e.GetGuid()).ToHashSet();
        Assert.Equal([foreign.EvidenceId, attached.EvidenceId, unknown], invalid);
    }

    [Fact]
    public async Task Check_WithoutIds_Is400()
    {
        using var response = await PostInternalAsync("check", new { });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Attach_AnotherTenantsEvidence_Is422AndAttachesNothing()
    {
        var own = await UploadAsync();
        var foreign = await UploadAsync(EvidenceHost.OtherTenant);

        using var response = await AttachAsync(Guid.NewGuid(), own.EvidenceId, foreign.EvidenceId);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal([foreign.EvidenceId], problem.GetProperty("invalid").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Contains(foreign.EvidenceId.ToString(), problem.GetProperty("errors").GetProperty("evidenceIds")[0].GetString());

        Assert.Equal(0, await _host.WithDbAsync(db => db.Evidence.CountAsync(e => e.ComplaintId != null)));
        Assert.Equal(0, await _host.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.OutboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task Attach_AlreadyAttachedToAnotherComplaint_Is422()
    {
        var file = await UploadAsync();
        using (var first = await AttachAsync(Guid.NewGuid(), file.EvidenceId))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }
        using var second = await AttachAsync(Guid.NewGuid(), file.EvidenceId);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
    }

    [Fact]
    public async Task Attach_Valid_PublishesSupplementOnceAndIsIdempotent()
    {
        await using var probe = await BusProbe.StartAsync(_host.Amqp, typeof(EvidenceAttached));
        var file = await UploadAsync();
        var complaintId = Guid.NewGuid();

        using (var response = await AttachAsync(complaintId, file.EvidenceId))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            Assert.Equal(file.EvidenceId, body.GetProperty("attached")[0].GetProperty("evidenceId").GetGuid());
        }
        using (var again = await AttachAsync(complaintId, file.EvidenceId))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        var attached = await probe.WaitForAsync<EvidenceAttached>(e => e.ComplaintId == complaintId);
        Assert.True(attached.Supplement);
        Assert.Equal("WBS-2026-000042", attached.TrackingNumber);
        var evidence = Assert.Single(attached.Files);
        Assert.Equal(new AttachedEvidence(file.EvidenceId, 5), evidence);
        var outbox = await _host.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.OutboxMessage>()
            .Where(m => m.Type == typeof(EvidenceAttached).FullName).ToListAsync());
        // The file's name never crosses the broker.
        Assert.DoesNotContain("bukti", Assert.Single(outbox).Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ComplaintSubmitted_AttachesItsEvidenceOnceAndPublishes()
    {
        await using var probe = await BusProbe.StartAsync(_host.Amqp, typeof(EvidenceAttached));
        var file = await UploadAsync();
        var foreign = await UploadAsync(EvidenceHost.OtherTenant);
        var complaintId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var submitted = new ComplaintSubmitted
        {
            ComplaintId = complaintId,
            Tenant = EvidenceHost.Tenant,
            TrackingNumber = "WBS-2026-000007",
            Category = "korupsi",
            ReporterType = "external",
            EvidenceIds = [file.EvidenceId, foreign.EvidenceId],
            CodeDigest = new string('a', 64),
            SubmittedAt = DateTimeOffset.UtcNow,
            ResponseDueAt = DateTimeOffset.UtcNow.AddDays(30),
        };

        await probe.PublishAsync(submitted, messageId);
        var attached = await probe.WaitForAsync<EvidenceAttached>(e => e.ComplaintId == complaintId);
        Assert.False(attached.Supplement);
        Assert.Equal([file.EvidenceId], attached.Files.Select(f => f.EvidenceId));

        // A redelivery of the same message changes nothing.
        await probe.PublishAsync(submitted, messageId);
        await Eventually.TrueAsync(() => Task.FromResult(_host.Consumed.Handled(messageId) >= 2), what: "the redelivery consumed");
        Assert.Equal(1, await _host.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.InboxMessage>().CountAsync()));
        Assert.Equal(1, await _host.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.OutboxMessage>()
            .CountAsync(m => m.Type == typeof(EvidenceAttached).FullName)));
        Assert.Equal(complaintId, await _host.WithDbAsync(db => db.Evidence.Where(e => e.Id == file.EvidenceId).Select(e => e.ComplaintId).SingleAsync()));
        Assert.Null(await _host.WithDbAsync(db => db.Evidence.Where(e => e.Id == foreign.EvidenceId).Select(e => e.ComplaintId).SingleAsync()));
    }

    [Fact]
    public async Task ComplaintSubmitted_WithoutEvidence_IsAcknowledgedWithoutAnInboxRow()
    {
        await using var probe = await BusProbe.StartAsync(_host.Amqp, typeof(EvidenceAttached));
        var messageId = Guid.NewGuid();
        await probe.PublishAsync(new ComplaintSubmitted
        {
            ComplaintId = Guid.NewGuid(),
            Tenant = EvidenceHost.Tenant,
            TrackingNumber = "WBS-2026-000008",
            Category = "korupsi",
            ReporterType = "external",
            EvidenceIds = [],
            CodeDigest = new string('b', 64),
            SubmittedAt = DateTimeOffset.UtcNow,
            ResponseDueAt = DateTimeOffset.UtcNow.AddDays(30),
        }, messageId);

        await _host.WaitConsumedAsync(messageId);
        Assert.Equal(0, await _host.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.InboxMessage>().CountAsync(m => m.MessageId == messageId)));
        Assert.Equal(0, await _host.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.OutboxMessage>()
            .CountAsync(m => m.Type == typeof(EvidenceAttached).FullName)));
    }
}
