using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Contracts;
using Wbs.Intake.Infrastructure;
using Wbs.ServiceDefaults.Messaging;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>Intake's outbox against the real PostgreSQL and RabbitMQ: signalled dispatch, quarantine, leases, pruning.</summary>
public sealed class OutboxTests(InfrastructureFixture infra)
{
    // The safety-net sweep is set far beyond the test's bounds: whatever arrives came by the signal or a claim.
    private static readonly Dictionary<string, string?> NoSweep = new() { ["Outbox:Sweep"] = "01:00:00" };

    [Fact]
    public async Task Committed_event_is_dispatched_by_its_commit_signal_without_waiting_for_a_sweep()
    {
        await using var host = await IntakeHost.StartAsync(infra, extra: NoSweep);
        await using var probe = await BusProbe.StartAsync(host.AmqpUri, typeof(ComplaintSubmitted));
        using var client = host.Client();
        await WarmUpAsync(host);

        var id = await SubmitAsync(client);

        await probe.WaitForAsync<ComplaintSubmitted>(m => m.ComplaintId == id, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_reports_event_carries_the_trace_of_the_request_that_submitted_it()
    {
        await using var host = await IntakeHost.StartAsync(infra, extra: NoSweep);
        await using var probe = await BusProbe.StartAsync(host.AmqpUri, typeof(ComplaintSubmitted));
        using var client = host.Client();
        await WarmUpAsync(host);
        // The trace a gateway would have started for the report's request.
        var traceId = ActivityTraceId.CreateRandom();

        var id = await SubmitAsync(client, $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var delivery = await probe.WaitForDeliveryAsync<ComplaintSubmitted>(m => m.ComplaintId == id, TimeSpan.FromSeconds(20));
        // MassTransit 8 carries the publishing span's W3C id in this header, and its consumers continue from it.
        Assert.True(delivery.Headers.TryGetValue("MT-Activity-Id", out var traceParent), $"headers: {string.Join(", ", delivery.Headers.Keys)}");
        Assert.True(ActivityContext.TryParse(traceParent, null, out var context), traceParent);
        Assert.Equal(traceId, context.TraceId);
        Assert.True(context.TraceFlags.HasFlag(ActivityTraceFlags.Recorded), traceParent);
        // The row keeps the trace it was written in; a row written outside any trace (the tests below) has none.
        Assert.StartsWith($"00-{traceId}-", await host.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Id == delivery.MessageId)
            .Select(m => m.TraceParent).SingleAsync()));
    }

    [Fact]
    public async Task A_commit_on_one_instance_wakes_the_dispatcher_of_another_through_postgres_notify()
    {
        await using var writer = await IntakeHost.StartAsync(infra, extra: NoSweep);
        await using var probe = await BusProbe.StartAsync(writer.AmqpUri, typeof(ComplaintSubmitted));
        await WarmUpAsync(writer);
        await using var other = await IntakeHost.StartAsync(infra, writer.AmqpUri, writer.ConnectionString, NoSweep);
        await WarmUpAsync(other);
        // The writing instance cannot publish: only the other one, told by PostgreSQL, can.
        var stopped = writer.Factory.Services.GetRequiredService<OutboxDispatcher<IntakeDbContext>>();
        await stopped.StopAsync(TestContext.Current.CancellationToken);
        // Ended, not cancelled: a cancelled background service would make the host stop the whole writer.
        Assert.True(stopped.ExecuteTask!.IsCompletedSuccessfully, $"dispatcher ended {stopped.ExecuteTask.Status}");
        var id = Guid.CreateVersion7();

        await writer.WithDbAsync(db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                Id = id, Type = typeof(ComplaintSubmitted).FullName!, Body = JsonSerializer.Serialize(Event(id, now), Samples.Json), OccurredAt = now,
            });
            return db.SaveChangesAsync();
        });

        // Far inside the one-hour sweep: only the NOTIFY can have woken the other dispatcher.
        await probe.WaitForAsync<ComplaintSubmitted>(m => m.ComplaintId == id, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Unknown_type_and_broken_json_are_quarantined_while_the_next_good_event_is_delivered()
    {
        await using var host = await IntakeHost.StartAsync(infra);
        await using var probe = await BusProbe.StartAsync(host.AmqpUri, typeof(ComplaintSubmitted));
        using var client = host.Client();
        await WarmUpAsync(host);
        var unknown = Guid.CreateVersion7();
        var broken = Guid.CreateVersion7();
        await host.WithDbAsync(async db =>
        {
            var past = DateTimeOffset.UtcNow.AddMinutes(-5);
            db.Set<OutboxMessage>().AddRange(
                new OutboxMessage { Id = unknown, Type = "Wbs.Contracts.ComplaintVanished", Body = "{}", OccurredAt = past },
                new OutboxMessage { Id = broken, Type = typeof(ComplaintSubmitted).FullName!, Body = "{\"complaintId\": ", OccurredAt = past });
            return await db.SaveChangesAsync();
        });

        var first = await SubmitAsync(client);
        var second = await SubmitAsync(client);

        await probe.WaitForAsync<ComplaintSubmitted>(m => m.ComplaintId == first);
        await probe.WaitForAsync<ComplaintSubmitted>(m => m.ComplaintId == second);
        var rows = await Eventually.GetAsync(() => host.WithDbAsync(async db =>
        {
            var bad = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Id == unknown || m.Id == broken).ToListAsync();
            return bad.All(m => m.QuarantinedAt is not null) ? bad : null;
        }), what: "both bad rows to be quarantined");
        Assert.All(rows, r => Assert.Null(r.DispatchedAt));
        Assert.Equal("unknown event type", rows.Single(r => r.Id == unknown).LastError);
        Assert.Equal("body is not valid JSON for its type", rows.Single(r => r.Id == broken).LastError);
        Assert.DoesNotContain(probe.ReceivedWithIds<ComplaintSubmitted>(), r => r.MessageId == broken);
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DispatchedAt == null && m.QuarantinedAt == null)));

        // The ops dashboard sees the service degraded (the outbox check) while quarantined rows wait.
        using var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Two_dispatchers_on_one_table_deliver_each_event_exactly_once()
    {
        var small = new Dictionary<string, string?> { ["Outbox:BatchSize"] = "7", ["Outbox:Sweep"] = "00:00:00.050" };
        await using var first = await IntakeHost.StartAsync(infra, extra: small);
        await using var probe = await BusProbe.StartAsync(first.AmqpUri, typeof(ComplaintSubmitted));
        await WarmUpAsync(first);
        await using var second = await IntakeHost.StartAsync(infra, first.AmqpUri, first.ConnectionString, small);
        await WarmUpAsync(second);

        // Written behind both dispatchers' backs (no commit signal): both sweeps race for every row.
        var ids = Enumerable.Range(0, 300).Select(_ => Guid.CreateVersion7()).ToList();
        await first.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.Set<OutboxMessage>().AddRange(ids.Select(id => new OutboxMessage
            {
                Id = id,
                Type = typeof(ComplaintSubmitted).FullName!,
                Body = JsonSerializer.Serialize(Event(id, now), Samples.Json),
                OccurredAt = now,
            }));
            return await db.SaveChangesAsync();
        });

        await Eventually.TrueAsync(() => first.WithDbAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.DispatchedAt != null)),
            TimeSpan.FromSeconds(60), "every row to be dispatched");
        await Eventually.TrueAsync(() => Task.FromResult(probe.Received<ComplaintSubmitted>().Count >= ids.Count), what: "every event to arrive");
        var received = probe.ReceivedWithIds<ComplaintSubmitted>();
        Assert.Equal(ids.Count, received.Count);
        Assert.Equal(ids.Order(), received.Select(r => r.MessageId!.Value).Order());
        Assert.Equal(ids.Count, await first.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => ids.Contains(m.Id) && m.Attempts == 1)));
    }

    [Fact]
    public async Task Dispatched_outbox_rows_and_handled_inbox_rows_are_pruned_after_the_retention()
    {
        await using var host = await IntakeHost.StartAsync(infra, extra: new() { ["Outbox:Retention"] = "00:00:00.001" });
        await using var probe = await BusProbe.StartAsync(host.AmqpUri, typeof(ComplaintSubmitted));
        using var client = host.Client();
        await WarmUpAsync(host);
        var id = await SubmitAsync(client);
        await probe.WaitForAsync<ComplaintSubmitted>(m => m.ComplaintId == id);
        await probe.PublishAsync(new ReporterAccountLinked
        {
            Tenant = "banjarnegara", AccountId = Guid.NewGuid(), ComplaintId = id, TrackingNumber = "WBS-2026-000001", LinkedAt = DateTimeOffset.UtcNow,
        });
        await Eventually.TrueAsync(() => host.WithDbAsync(db => db.Set<InboxMessage>().AnyAsync()), what: "the inbox row");
        await Eventually.TrueAsync(() => host.WithDbAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.DispatchedAt != null)), what: "dispatch");

        var (outbox, inbox) = await host.Factory.Services.GetRequiredService<OutboxPruner<IntakeDbContext>>()
            .PruneAsync(TestContext.Current.CancellationToken);

        Assert.True(outbox >= 1);
        Assert.Equal(1, inbox);
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<InboxMessage>().CountAsync()));
        Assert.True(await host.WithDbAsync(db => db.Complaints.AnyAsync(c => c.Id == id)));
    }

    private static async Task WarmUpAsync(IntakeHost host)
    {
        using var client = host.Client();
        using var response = await client.GetAsync("/alive", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<Guid> SubmitAsync(HttpClient client, string? traceParent = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/banjarnegara/complaints") { Content = JsonContent.Create(Samples.Complaint()) };
        if (traceParent is not null)
        {
            request.Headers.Add("traceparent", traceParent);
        }
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("complaintId").GetGuid();
    }

    private static ComplaintSubmitted Event(Guid id, DateTimeOffset now) => new()
    {
        ComplaintId = id, Tenant = "banjarnegara", TrackingNumber = $"WBS-2026-{id.GetHashCode() & 0xFFFFF:D6}", Category = "korupsi",
        ReporterType = "external", CodeDigest = new string('a', 64), SubmittedAt = now, ResponseDueAt = now.AddDays(30),
    };
}
