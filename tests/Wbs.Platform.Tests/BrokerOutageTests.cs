using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Contracts;
using Wbs.Intake.Infrastructure;
using Wbs.ServiceDefaults.Messaging;
using Wbs.TestSupport;
using Wbs.TestSupport.Infrastructure;

namespace Wbs.Platform.Tests;

/// <summary>
/// A broker outage delays messages and never loses one: with RabbitMQ down the report is still
/// accepted (its event waits in Intake's outbox), and the case appears once RabbitMQ is back.
/// Uses a RabbitMQ node of its own, since it stops it.
/// </summary>
public sealed class BrokerOutageTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private RabbitMqServer _rabbit = null!;
    private PlatformHost _platform = null!;

    public async ValueTask InitializeAsync()
    {
        _rabbit = await infra.StartRabbitMqAsync();
        _platform = await PlatformHost.StartAsync(infra, _rabbit.AmqpUri());
    }

    public async ValueTask DisposeAsync()
    {
        await _platform.DisposeAsync();
        await _rabbit.DisposeAsync();
    }

    [Fact]
    public async Task Report_submitted_while_RabbitMQ_is_down_is_accepted_and_its_case_appears_after_it_is_back()
    {
        // Make sure every consumer queue exists before the outage, as in a running system.
        var warmup = await _platform.SubmitAsync("banjarnegara", Complaints.Sample("Laporan pemanasan sistem"));
        await _platform.CodeTokenAsync("banjarnegara", warmup.GetProperty("complaintCode").GetString()!);

        await _rabbit.StopAsync();
        var response = await _platform.Intake.PostAsJsonAsync("/api/banjarnegara/complaints",
            Complaints.Sample("Pemotongan honor saat broker mati"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var submitted = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var code = submitted.GetProperty("complaintCode").GetString()!;

        // While the broker is down, Intake's dispatcher takes the report's event and cannot hand it over (it stays
        // in the outbox), and nothing downstream knows of the report.
        await Eventually.TrueAsync(async () =>
        {
            await using var scope = _platform.IntakeServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            return await db.Set<OutboxMessage>().AnyAsync(m => m.Type == typeof(ComplaintSubmitted).FullName
                && m.DispatchedAt == null && m.Attempts > 0, TestContext.Current.CancellationToken);
        }, TimeSpan.FromSeconds(60), "Intake's dispatcher trying the report's event");
        var early = await _platform.Identity.PostAsJsonAsync("/api/banjarnegara/sessions", new { complaintCode = code }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, early.StatusCode);

        await _rabbit.StartAgainAsync(TestContext.Current.CancellationToken);

        var token = await _platform.CodeTokenAsync("banjarnegara", code, TimeSpan.FromSeconds(180));
        var detail = await Eventually.GetAsync(async () =>
        {
            var r = await _platform.GetAsync(_platform.Cases, $"/api/banjarnegara/reports/{submitted.GetProperty("trackingNumber").GetString()}", token);
            return r.IsSuccessStatusCode ? await r.Content.ReadFromJsonAsync<JsonElement>() : (JsonElement?)null;
        }, TimeSpan.FromSeconds(180), "the case after the broker came back");
        Assert.Equal("received", detail!.Value.GetProperty("status").GetString());
    }
}
