using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Wbs.TestSupport;

namespace Wbs.EndToEnd.Tests;

/// <summary>
/// A client that gave up waiting for its submission and sent it again with the same Idempotency-Key (the web does
/// after 10 s) gets its report, not a refusal: the repeat waits for the abandoned first attempt, which lets the
/// evidence go when the client leaves, and then files the report with that evidence.
/// It locks Intake's complaints table, so it runs alone (a parallel test's report would wait on the lock), and on
/// komdigi, which the flood tests of its collection leave without pressure.
/// </summary>
[Collection(nameof(FloodCollection))]
public sealed class RepeatedSubmissionTests(AppHostFixture system)
{
    [Fact]
    public async Task A_repeat_sent_while_the_abandoned_first_attempt_holds_the_evidence_is_accepted_with_it()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = system.CreateClient();
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"Catatan {Guid.NewGuid():N}\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        upload.Add(file, "file", "catatan.txt");
        using var uploaded = await http.PostAsync("/api/komdigi/evidence", upload, ct);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var evidenceId = (await uploaded.JsonAsync()).GetProperty("evidenceId").GetGuid();
        var complaint = new
        {
            reporterType = "external",
            category = "pengadaan",
            title = "Laporan yang dikirim ulang",
            what = "Pengiriman pertama tidak dijawab, lalu peramban mengirimnya lagi dengan kunci yang sama.",
            evidenceIds = new[] { evidenceId },
        };
        var key = Guid.NewGuid().ToString();

        // The first attempt reserves the evidence and then cannot write its report while a lock is held.
        await using var intakeDb = new NpgsqlConnection(await system.UnpooledConnectionStringAsync("intakedb", ct));
        await intakeDb.OpenAsync(ct);
        await using var tx = await intakeDb.BeginTransactionAsync(ct);
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE complaints IN EXCLUSIVE MODE", intakeDb, tx))
        {
            await lockTable.ExecuteNonQueryAsync(ct);
        }
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var first = http.SendAsync(Keyed(complaint, key), giveUp.Token);
        await Eventually.TrueAsync(async () => first.IsCompleted || await WaitingAsync("%INSERT INTO complaints%", ct) == 1,
            TimeSpan.FromSeconds(60), "the first attempt writing its report");
        var repeat = http.SendAsync(Keyed(complaint, key), ct);
        await Eventually.TrueAsync(async () => repeat.IsCompleted || await WaitingAsync("SELECT pg_advisory_lock%", ct) == 1,
            TimeSpan.FromSeconds(60), "the repeat waiting for the first attempt");
        Assert.False(repeat.IsCompleted, $"The repeat was answered {(repeat.IsCompleted ? (await repeat).StatusCode : 0)} while the first attempt held its evidence.");

        // The client leaves the first attempt; the repeat takes over and writes the report once the lock goes.
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await Eventually.TrueAsync(async () => repeat.IsCompleted || await WaitingAsync("%INSERT INTO complaints%", ct) == 1,
            TimeSpan.FromSeconds(60), "the repeat writing its report");
        await tx.RollbackAsync(ct);
        using var answer = await repeat;
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var created = await answer.JsonAsync();

        // One report, holding the evidence, as the reporter sees it with the code.
        var codeToken = await Eventually.GetAsync(async () =>
        {
            using var r = await http.PostAsync("/api/komdigi/sessions", new { complaintCode = created.GetProperty("complaintCode").GetString() });
            return r.IsSuccessStatusCode ? (await r.JsonAsync()).GetProperty("accessToken").GetString() : null;
        }, TimeSpan.FromSeconds(60), "a code session");
        await Eventually.TrueAsync(async () =>
        {
            using var r = await http.GetAsync($"/api/komdigi/reports/{created.GetProperty("trackingNumber").GetString()}", codeToken);
            return r.IsSuccessStatusCode && (await r.JsonAsync()).GetProperty("evidence").EnumerateArray()
                .Any(e => e.GetProperty("evidenceId").GetGuid() == evidenceId);
        }, TimeSpan.FromSeconds(60), "the report with its evidence");
    }

    private static HttpRequestMessage Keyed(object complaint, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/komdigi/complaints") { Content = JsonContent.Create(complaint) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    /// <summary>Statements matching <paramref name="query"/> (an ILIKE pattern) waiting for a lock in Intake's database.</summary>
    private async Task<long> WaitingAsync(string query, CancellationToken ct)
    {
        await using var db = new NpgsqlConnection(await system.UnpooledConnectionStringAsync("intakedb", ct));
        await db.OpenAsync(ct);
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE @query", db);
        count.Parameters.AddWithValue("query", query);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }
}
