using Wbs.ServiceDefaults.Tenancy;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wbs.Notification.Tests;

/// <summary>
/// An agency that chose English for its staff mailbox (<c>staffLanguage</c> in its profile) gets its e-mails in
/// English only, with dates on its own zone's calendar (WIT here); Indonesian words do not leak in.
/// </summary>
public sealed class StaffMailLanguageTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private NotificationHost _host = null!;
    private string _tenants = "";

    public async ValueTask InitializeAsync()
    {
        // The seed tenants as a registry file, Banjarnegara changed as its admin would change it.
        var seeds = JsonNode.Parse(JsonSerializer.Serialize(TenantCatalog.Seeds(null), TenantCatalog.Json))!.AsArray();
        var banjarnegara = seeds.Single(t => t!["slug"]!.GetValue<string>() == "banjarnegara")!;
        banjarnegara["staffLanguage"] = TenantLanguages.English;
        banjarnegara["timeZone"] = TenantTimeZones.Wit;
        _tenants = Path.Combine(Path.GetTempPath(), $"wbs-tenants-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(_tenants, seeds.ToJsonString(), TestContext.Current.CancellationToken);
        _host = await NotificationHost.StartAsync(infra, new() { ["Tenancy:File"] = _tenants });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        File.Delete(_tenants);
    }

    [Fact]
    public async Task A_new_report_and_a_deadline_reach_an_english_mailbox_in_english_with_dates_in_the_agencys_zone()
    {
        var submitted = Guid.NewGuid();
        var tn = Events.NewTrackingNumber();
        // 15:30 UTC on 5 March is already 6 March in Papua (WIT, UTC+9) but still 5 March in Jakarta.
        var due = new DateTimeOffset(2026, 3, 5, 15, 30, 0, TimeSpan.Zero);
        await _host.PublishAsync(Events.Submitted(Guid.NewGuid(), tn) with { ResponseDueAt = due }, submitted);
        var deadline = Guid.NewGuid();
        await _host.PublishAsync(new SlaDeadlineApproaching
        {
            Tenant = "banjarnegara", ComplaintId = Guid.NewGuid(), TrackingNumber = Events.NewTrackingNumber(), ResponseDueAt = due, DaysLeft = 2,
        }, deadline);
        await _host.WaitConsumedAsync(submitted);
        await _host.WaitConsumedAsync(deadline);

        var mails = await Task.WhenAll(Directory.GetFiles(_host.PickupDirectory, "*.eml").Select(f => File.ReadAllTextAsync(f)));
        Assert.Equal(2, mails.Length);
        var report = Assert.Single(mails, m => m.Contains($"Subject: [WBS] New report {tn}", StringComparison.Ordinal));
        Assert.Contains($"Tracking number: {tn}", report);
        Assert.Contains("Status: Received", report);
        Assert.Contains("Response due: 6 March 2026", report);
        Assert.Contains("Report content is never sent by e-mail", report);
        var reminder = Assert.Single(mails, m => m.Contains("in 2 days", StringComparison.Ordinal));
        Assert.Contains("Response due: 6 March 2026 (2 days)", reminder);
        foreach (var mail in mails)
        {
            foreach (var indonesian in new[] { "Laporan", "Nomor laporan", "Batas tanggapan", "Tautan", "Diterima", "Maret", "hari" })
            {
                Assert.DoesNotContain(indonesian, mail);
            }
        }
    }
}
