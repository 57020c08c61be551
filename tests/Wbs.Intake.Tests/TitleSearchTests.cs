using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Wbs.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Intake.Infrastructure;
using Wbs.Intake.Services;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>
/// Staff title search through the keyed blind index: what it finds, that the database holds tokens and sealed
/// titles, not titles, that search opens the title sealed on its own, that reports written before the index are
/// still found and then indexed, and that destruction takes the tokens and sealed title too. CaseManagement is a real HTTP peer here that lets every staff read through.
/// </summary>
public sealed class TitleSearchTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IntakeHost _host = null!;
    private LoopbackServer _caseManagement = null!;
    private BusProbe _probe = null!;

    private sealed record ContentReadBody(string Purpose, string[] TrackingNumbers);

    public async ValueTask InitializeAsync()
    {
        _caseManagement = await LoopbackServer.StartAsync(app =>
            app.MapPost("/internal/{tenant}/complaints/content-reads", (ContentReadBody body) => Results.Ok(new { allowed = body.TrackingNumbers })));
        _host = await IntakeHost.StartAsync(infra, extra: new() { ["services:casemanagement:http:0"] = _caseManagement.Address.ToString() });
        _probe = await BusProbe.StartAsync(_host.AmqpUri);
    }

    public async ValueTask DisposeAsync()
    {
        await _probe.DisposeAsync();
        await _host.DisposeAsync();
        await _caseManagement.DisposeAsync();
    }

    [Fact]
    public async Task Search_finds_a_title_by_any_part_of_two_or_more_letters_in_any_case_and_nothing_else()
    {
        var ct = TestContext.Current.CancellationToken;
        var pungli = await SubmitAsync("banjarnegara", "pungutan liar di loket Samsat Wonosobo", ct);
        var laptop = await SubmitAsync("banjarnegara", "mark-up pengadaan laptop Dinas Pendidikan", ct);

        Assert.Equal([pungli], await SearchAsync("banjarnegara", "LOKET SAMSAT", ct));
        Assert.Equal([pungli], await SearchAsync("banjarnegara", "  wonosob ", ct));
        Assert.Equal([laptop], await SearchAsync("banjarnegara", "ark-u", ct));
        Assert.Equal([laptop], await SearchAsync("banjarnegara", "ap", ct));
        // Each of the query's pieces appears in a title, but not together: confirmed on the opened title, so no match.
        Assert.Empty(await SearchAsync("banjarnegara", "laptop samsat", ct));
        // One letter searches no titles, although both hold an "a".
        Assert.Empty(await SearchAsync("banjarnegara", "a", ct));
        // Another tenant's search does not see them.
        Assert.Empty(await SearchAsync("komdigi", "loket", ct));
    }

    [Fact]
    public async Task The_database_holds_tokens_keyed_per_tenant_not_the_title()
    {
        var ct = TestContext.Current.CancellationToken;
        const string title = "gratifikasi perizinan tambang pasir";
        var banjarnegara = await SubmitAsync("banjarnegara", title, ct);
        var komdigi = await SubmitAsync("komdigi", title, ct);
        var tokens = await _host.WithDbAsync(db => db.Complaints.Where(c => c.TrackingNumber == banjarnegara || c.TrackingNumber == komdigi)
            .ToDictionaryAsync(c => c.Tenant, c => c.TitleTokens, ct));

        // "Dugaan " + title: at most one token per distinct piece of two, three and five letters, and six joins per space.
        Assert.InRange(tokens["banjarnegara"]!.Length, 20, 3 * ("Dugaan " + title).Length + 6 * 4);
        Assert.All(tokens["banjarnegara"]!, t => Assert.InRange(t, 0, ushort.MaxValue));
        // The same title in another tenant shares almost no token: one tenant's index says nothing of another's.
        Assert.True(tokens["banjarnegara"]!.Intersect(tokens["komdigi"]!).Count() < tokens["banjarnegara"]!.Length / 4);
        Assert.Equal([banjarnegara], await SearchAsync("banjarnegara", "tambang pasir", ct));
        Assert.Equal([komdigi], await SearchAsync("komdigi", "tambang pasir", ct));

        // The title is sealed on its own too: no plaintext, bound to its row.
        var rows = await _host.WithDbAsync(db => db.Complaints.Where(c => c.TrackingNumber == banjarnegara || c.TrackingNumber == komdigi).ToListAsync(ct));
        var sealer = _host.Services.GetRequiredService<ComplaintSealer>();
        Assert.All(rows, row =>
        {
            Assert.DoesNotContain(Encoding.UTF8.GetString(row.SealedTitle!), title, StringComparison.Ordinal);
            Assert.Equal(sealer.OpenContent(row).Title, sealer.OpenTitle(row.SealedTitle!, row.Tenant, row.Id));
        });
        Assert.ThrowsAny<CryptographicException>(() => sealer.OpenTitle(rows[0].SealedTitle!, rows[1].Tenant, rows[1].Id));
    }

    [Fact]
    public async Task Search_opens_the_title_sealed_on_its_own_not_the_whole_report()
    {
        var ct = TestContext.Current.CancellationToken;
        var report = await SubmitAsync("banjarnegara", "lembur fiktif bendahara kecamatan", ct);
        // Only the title column (and its tokens) says otherwise: what search finds and shows must come from it.
        const string apart = "Dugaan kwitansi perjalanan dinas ganda";
        await _host.WithDbAsync(async db =>
        {
            var row = await db.Complaints.AsNoTracking().SingleAsync(c => c.TrackingNumber == report, ct);
            var sealedTitle = _host.Services.GetRequiredService<ComplaintSealer>().SealTitle(apart, row.Tenant, row.Id);
            var tokens = _host.Services.GetRequiredService<TitleIndex>().TitleTokens(row.Tenant, apart);
            return await db.Complaints.Where(c => c.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.SealedTitle, sealedTitle).SetProperty(c => c.TitleTokens, tokens), ct);
        });

        Assert.Equal([report], await SearchAsync("banjarnegara", "perjalanan dinas", ct));
    }

    [Fact]
    public async Task A_report_written_before_the_index_is_still_found_and_the_backfill_indexes_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var older = await SubmitAsync("banjarnegara", "honor fiktif kegiatan sosialisasi desa", ct);
        await _host.WithDbAsync(db => db.Complaints.Where(c => c.TrackingNumber == older)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TitleTokens, (int[]?)null).SetProperty(c => c.SealedTitle, (byte[]?)null), ct));

        Assert.Equal([older], await SearchAsync("banjarnegara", "honor fiktif", ct));

        var backfill = ActivatorUtilities.CreateInstance<TitleIndexBackfill>(_host.Services);
        await backfill.StartAsync(ct);
        await Eventually.TrueAsync(() => Task.FromResult(backfill.LastEndedRunStartedAt > DateTimeOffset.MinValue), what: "a backfill run");
        await backfill.StopAsync(ct);
        var (stored, expected, sealedTitle, title) = await _host.WithDbAsync(async db =>
        {
            var row = await db.Complaints.SingleAsync(c => c.TrackingNumber == older, ct);
            var sealer = _host.Services.GetRequiredService<ComplaintSealer>();
            var title = sealer.OpenContent(row).Title;
            return (row.TitleTokens, _host.Services.GetRequiredService<TitleIndex>().TitleTokens(row.Tenant, title),
                row.SealedTitle is { } sealedTitle ? sealer.OpenTitle(sealedTitle, row.Tenant, row.Id) : null, title);
        });
        Assert.Equal(expected, stored);
        Assert.Equal(title, sealedTitle);
        Assert.Equal([older], await SearchAsync("banjarnegara", "honor fiktif", ct));
    }

    [Fact]
    public async Task Destroyed_content_takes_its_tokens_and_sealed_title_with_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var expired = await SubmitAsync("banjarnegara", "penyalahgunaan dana hibah masjid", ct);
        var id = await _host.WithDbAsync(db => db.Complaints.Where(c => c.TrackingNumber == expired).Select(c => c.Id).SingleAsync(ct));

        await _probe.PublishAsync(new CaseContentExpired { Tenant = "banjarnegara", ComplaintId = id, TrackingNumber = expired, ExpiredAt = DateTimeOffset.UtcNow });

        var tokens = await Eventually.GetAsync(() => _host.WithDbAsync(async db =>
            await db.Complaints.SingleAsync(c => c.Id == id, ct) is { SealedContent: null } row ? new { row.TitleTokens, row.SealedTitle } : null),
            what: "the content destroyed");
        Assert.Null(tokens.TitleTokens);
        Assert.Null(tokens.SealedTitle);
        Assert.Empty(await SearchAsync("banjarnegara", "dana hibah", ct));
    }

    /// <summary>Each submitted report's response due date by tenant and tracking number, as its submission answered it.</summary>
    private readonly ConcurrentDictionary<(string Tenant, string TrackingNumber), DateTimeOffset> _dueAt = new();

    private async Task<string> SubmitAsync(string tenant, string marker, CancellationToken ct)
    {
        var created = await (await _host.Client().PostAsJsonAsync($"/api/{tenant}/complaints", Samples.Complaint(marker), ct)).ReadJsonAsync();
        var trackingNumber = created.GetProperty("trackingNumber").GetString()!;
        _dueAt[(tenant, trackingNumber)] = created.GetProperty("responseDueAt").GetDateTimeOffset();
        return trackingNumber;
    }

    private async Task<string[]> SearchAsync(string tenant, string q, CancellationToken ct)
    {
        var staff = _host.Client(_host.Tokens.Issue(tenant, "staff", Guid.NewGuid(), ["supervisor"])).AsService(_host.Tokens.IssueService("casemanagement"));
        var answer = await (await staff.GetAsync($"/internal/{tenant}/complaints/search?q={Uri.EscapeDataString(q)}", ct)).ReadJsonAsync();
        var items = answer.GetProperty("items").EnumerateArray().ToList();
        // Each match comes with its title, which holds the query, and with its response due date (CaseManagement sorts by it).
        Assert.All(items, i => Assert.Contains(q.Trim(), i.GetProperty("title").GetString()!, StringComparison.OrdinalIgnoreCase));
        Assert.All(items.Where(i => _dueAt.ContainsKey((tenant, i.GetProperty("trackingNumber").GetString()!))), i => Assert.Equal(
            _dueAt[(tenant, i.GetProperty("trackingNumber").GetString()!)], i.GetProperty("responseDueAt").GetDateTimeOffset(), TimeSpan.FromMicroseconds(1)));
        return [.. items.Select(i => i.GetProperty("trackingNumber").GetString()!)];
    }
}
