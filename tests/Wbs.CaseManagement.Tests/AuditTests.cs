using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static Wbs.CaseManagement.Tests.CaseManagementHost;

namespace Wbs.CaseManagement.Tests;

public sealed class AuditTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private CaseManagementHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task ReadsAndChanges_WriteAuditEntries_VisibleToAdminsAndAuditorsOnly()
    {
        var (_, trackingNumber) = await _host.SubmitAsync();
        var verifierId = Guid.NewGuid();
        using var verifier = _host.Staff(verifierId, ["verifier"], name: "vera");
        await (await verifier.Get(Path($"cases/{trackingNumber}"))).JsonAsync();
        await (await verifier.Post(Path($"cases/{trackingNumber}/transitions"), new { to = "in_verification" })).JsonAsync();
        await (await verifier.Post(Path($"cases/{trackingNumber}/notes"), new { body = "catatan" })).JsonAsync(HttpStatusCode.Created);

        using var auditor = _host.Staff("auditor");
        var audit = await (await auditor.Get(Path($"audit?trackingNumber={trackingNumber}"))).JsonAsync();
        var actions = audit.GetProperty("items").EnumerateArray().Select(i => i.Str("action")).ToList();
        Assert.Equal([AuditActions.Note, AuditActions.StatusChanged, AuditActions.CaseViewed, AuditActions.CaseOpened], actions);
        var read = audit.GetProperty("items").EnumerateArray().Single(i => i.Str("action") == AuditActions.CaseViewed);
        Assert.Equal("vera", read.Str("actor"));
        Assert.Equal(trackingNumber, read.Str("trackingNumber"));
        Assert.True(read.TryGetProperty("at", out _));

        var byActor = await (await auditor.Get(Path($"audit?actor={verifierId}"))).JsonAsync();
        Assert.Equal(3, byActor.GetProperty("items").GetArrayLength());
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddYears(5).ToString("O"));
        var none = await (await auditor.Get(Path($"audit?from={future}"))).JsonAsync();
        Assert.Empty(none.GetProperty("items").EnumerateArray());

        await (await verifier.Get(Path("audit"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await verifier.Get(Path("audit/verify"))).ProblemAsync(HttpStatusCode.Forbidden);
        using var admin = _host.Staff("admin");
        await (await admin.Get(Path("audit"))).JsonAsync();
    }

    [Fact]
    public async Task Verify_DetectsATamperedRow()
    {
        var (_, trackingNumber) = await _host.SubmitAsync();
        using var admin = _host.Staff("admin");
        await (await admin.Get(Path($"cases/{trackingNumber}"))).JsonAsync();
        await (await admin.Post(Path($"cases/{trackingNumber}/transitions"), new { to = "in_verification" })).JsonAsync();

        using var auditor = _host.Staff("auditor");
        var intact = await (await auditor.Get(Path("audit/verify"))).JsonAsync();
        Assert.True(intact.GetProperty("intact").GetBoolean());
        var entries = intact.GetProperty("entries").GetInt32();
        Assert.True(entries >= 3);

        await using (var connection = new NpgsqlConnection(_host.ConnectionString))
        {
            await connection.OpenAsync(Http.Ct);
            await using var update = new NpgsqlCommand("UPDATE audit_entries SET actor = 'orang lain' WHERE sequence = 2", connection);
            Assert.Equal(1, await update.ExecuteNonQueryAsync(Http.Ct));
        }

        var broken = await (await auditor.Get(Path("audit/verify"))).JsonAsync();
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(2, broken.GetProperty("firstBrokenAt").GetInt64());
        Assert.Equal(entries, broken.GetProperty("entries").GetInt32());
    }

    [Fact]
    public async Task Verify_DetectsAChainRecomputedWithoutTheKey()
    {
        var (_, trackingNumber) = await _host.SubmitAsync();
        using var admin = _host.Staff("admin");
        await (await admin.Get(Path($"cases/{trackingNumber}"))).JsonAsync();
        using var auditor = _host.Staff("auditor");
        Assert.True((await (await auditor.Get(Path("audit/verify"))).JsonAsync()).GetProperty("intact").GetBoolean());

        // A database operator edits the read away and recomputes every hash, as the old unkeyed chain allowed.
        await _host.WithDbAsync(async db =>
        {
            var entries = await db.Audit.Where(a => a.Tenant == Tenant).OrderBy(a => a.Sequence).ToListAsync(Http.Ct);
            entries.Single(e => e.Action == AuditActions.CaseViewed).Actor = "tidak ada";
            var previous = AuditChain.Genesis;
            foreach (var entry in entries)
            {
                entry.PreviousHash = previous;
                entry.Hash = AuditChain.ComputeLegacyHash(entry);
                previous = entry.Hash;
            }
            return await db.SaveChangesAsync(Http.Ct);
        });

        var broken = await (await auditor.Get(Path("audit/verify"))).JsonAsync();
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(1, broken.GetProperty("firstBrokenAt").GetInt64());
    }

    [Fact]
    public async Task Verify_DetectsACutTail_ByTheCheckpointOutsideTheDatabase()
    {
        var (_, trackingNumber) = await _host.SubmitAsync();
        using var admin = _host.Staff("admin");
        await (await admin.Get(Path($"cases/{trackingNumber}"))).JsonAsync();
        await (await admin.Get(Path($"cases/{trackingNumber}"))).JsonAsync();
        using var auditor = _host.Staff("auditor");
        var intact = await (await auditor.Get(Path("audit/verify"))).JsonAsync();
        Assert.True(intact.GetProperty("intact").GetBoolean());
        var entries = intact.GetProperty("entries").GetInt32();
        Assert.Equal(entries, intact.GetProperty("checkpointSequence").GetInt64());
        var folder = await _host.WithScopeAsync(sp => Task.FromResult(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Wbs.CaseManagement.Extensions.AuditOptions>>().Value.CheckpointPath!));
        Assert.True(File.Exists(System.IO.Path.Combine(folder, $"{Tenant}.json")));

        // The last two reads are cut off: what is left is a perfectly linked chain.
        var keep = entries - 2;
        await _host.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"DELETE FROM audit_entries WHERE tenant = {Tenant} AND sequence > {keep}", Http.Ct));

        var cut = await (await auditor.Get(Path("audit/verify"))).JsonAsync();
        Assert.False(cut.GetProperty("intact").GetBoolean());
        Assert.True(cut.GetProperty("truncated").GetBoolean());
        Assert.Equal(entries - 2, cut.GetProperty("entries").GetInt32());
        Assert.Equal(entries - 1, cut.GetProperty("firstBrokenAt").GetInt64());
    }

    [Fact]
    public async Task Verify_DetectsADeletedRow()
    {
        var (_, trackingNumber) = await _host.SubmitAsync();
        using var admin = _host.Staff("admin");
        await (await admin.Get(Path($"cases/{trackingNumber}"))).JsonAsync();
        await (await admin.Get(Path($"cases/{trackingNumber}"))).JsonAsync();
        await _host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE sequence = 2", Http.Ct));

        var broken = await (await admin.Get(Path("audit/verify"))).JsonAsync();
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(3, broken.GetProperty("firstBrokenAt").GetInt64());
    }
}
