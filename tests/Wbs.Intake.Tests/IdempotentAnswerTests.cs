using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wbs.Contracts.Api;
using Wbs.Intake.Infrastructure;
using Wbs.ServiceDefaults.Security;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>
/// The answer kept for a repeated <c>Idempotency-Key</c> holds the complaint code: whoever holds the database and
/// every key of the service must neither read it nor test a guess of what was submitted, and the client that sends
/// the key again must still get it.
/// </summary>
public sealed class IdempotentAnswerTests(InfrastructureFixture infra) : IntakeWithProbe(infra)
{
    private const string Tenant = "banjarnegara";

    [Fact]
    public async Task The_kept_answer_holds_neither_key_nor_code_nor_name_and_opens_with_no_key_of_the_service()
    {
        var key = Guid.NewGuid().ToString();
        var name = $"Siti Rahayu {Guid.NewGuid():N}";
        var created = await (await PostWithKeyAsync(key, WithIdentity(name))).ReadJsonAsync();
        var code = created.GetProperty("complaintCode").GetString()!;

        var row = Assert.Single(await RowsAsync());

        string[] secrets = [key, key.Replace("-", "", StringComparison.Ordinal), code, ComplaintCode.Normalize(code)!, name];
        foreach (var text in new[] { row.KeyDigest, row.RequestDigest, Encoding.Latin1.GetString(row.SealedAnswer), Convert.ToHexString(row.SealedAnswer) })
        {
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
        }
        // Not an unkeyed digest of the key, which anyone could compute from a guess.
        Assert.DoesNotContain(row.KeyDigest, new[] { Sha256($"{Tenant}\n{key}"), Sha256(key) });
        // Not sealed under any key of the service: the content key, the identity key, or the digest key itself.
        var sealer = Host.Services.GetRequiredService<ComplaintSealer>();
        foreach (var purpose in new[] { ComplaintSealer.Purposes.IdempotentAnswer, ComplaintSealer.Purposes.Content, ComplaintSealer.Purposes.Identity })
        {
            Assert.ThrowsAny<CryptographicException>(() => sealer.Open<ComplaintCreated>(row.SealedAnswer, Tenant, row.Id, purpose));
        }
        var digestKey = new EnvelopeCipher(Convert.FromBase64String(Host.DigestKey));
        Assert.ThrowsAny<CryptographicException>(() =>
            ComplaintSealer.OpenWith<ComplaintCreated>(digestKey, row.SealedAnswer, Tenant, row.Id, ComplaintSealer.Purposes.IdempotentAnswer));
        // The client's key opens it: this is the row of that submission.
        var keys = Host.Services.GetRequiredService<IdempotencyKeyDeriver>().Derive(Tenant, key);
        Assert.Equal(keys.Lookup, row.KeyDigest);
        Assert.Equal(code, keys.OpenAnswer(row.SealedAnswer, row.Id).ComplaintCode);
    }

    [Fact]
    public async Task The_request_digest_is_keyed_by_the_Idempotency_Key_so_the_same_body_under_another_key_digests_differently()
    {
        var complaint = WithIdentity("Budi Santoso");

        Assert.Equal(HttpStatusCode.Created, (await PostWithKeyAsync(Guid.NewGuid().ToString(), complaint)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostWithKeyAsync(Guid.NewGuid().ToString(), complaint)).StatusCode);

        var rows = await RowsAsync();
        Assert.Equal(2, rows.Count);
        Assert.NotEqual(rows[0].RequestDigest, rows[1].RequestDigest);
        Assert.NotEqual(rows[0].KeyDigest, rows[1].KeyDigest);
    }

    [Fact]
    public async Task Same_key_and_body_get_the_first_answer_with_its_code_another_body_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        var complaint = WithIdentity("Dewi Lestari");

        var first = await (await PostWithKeyAsync(key, complaint)).ReadJsonAsync();
        var again = await PostWithKeyAsync(key, complaint);
        var other = await PostWithKeyAsync(key, WithIdentity("Dewi Lestary"));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var repeated = await again.ReadJsonAsync();
        Assert.Equal(first.GetProperty("complaintId").GetGuid(), repeated.GetProperty("complaintId").GetGuid());
        Assert.Equal(first.GetProperty("complaintCode").GetString(), repeated.GetProperty("complaintCode").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(1, await Host.WithDbAsync(db => db.Complaints.CountAsync()));
    }

    [Fact]
    public async Task A_repeat_sent_while_the_first_request_is_still_at_work_waits_for_it_and_gets_its_answer()
    {
        var ct = TestContext.Current.CancellationToken;
        var key = Guid.NewGuid().ToString();
        var complaint = WithIdentity("Agus Salim");

        // The first request writes its report and waits to store its answer until the lock goes; the repeat (a client
        // that gave up waiting) waits for the first on the key instead of making a report of its own.
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE idempotency_records IN SHARE MODE", connection, tx))
        {
            await lockTable.ExecuteNonQueryAsync(ct);
        }
        var first = PostWithKeyAsync(key, complaint);
        await Eventually.TrueAsync(async () => first.IsCompleted || await WaitingAsync("INSERT INTO%idempotency_records%") == 1,
            what: "the first answer waiting to be stored");
        var repeat = PostWithKeyAsync(key, complaint);
        await Eventually.TrueAsync(async () => repeat.IsCompleted || await WaitingAsync("SELECT pg_advisory_lock%") == 1,
            what: "the repeat waiting for the first");
        Assert.False(first.IsCompleted);
        Assert.False(repeat.IsCompleted);
        await tx.RollbackAsync(ct);

        var answers = await Task.WhenAll(first, repeat);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var bodies = await Task.WhenAll(answers.Select(a => a.ReadJsonAsync()));
        Assert.Equal(bodies[0].GetProperty("complaintId").GetGuid(), bodies[1].GetProperty("complaintId").GetGuid());
        Assert.Equal(bodies[0].GetProperty("complaintCode").GetString(), bodies[1].GetProperty("complaintCode").GetString());
        Assert.Equal(1, await Host.WithDbAsync(db => db.Complaints.CountAsync(ct)));
        Assert.Single(await RowsAsync());
    }

    private static object WithIdentity(string name) => new
    {
        reporterType = "external",
        category = "korupsi",
        title = "Dugaan pungutan liar",
        what = "Petugas loket meminta uang tambahan untuk mempercepat layanan.",
        identity = new { name, contact = "0812-3456-7890" },
    };

    private Task<HttpResponseMessage> PostWithKeyAsync(string key, object complaint)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{Tenant}/complaints") { Content = JsonContent.Create(complaint) };
        request.Headers.Add("Idempotency-Key", key);
        return Host.Client().SendAsync(request, TestContext.Current.CancellationToken);
    }

    private sealed record Row(Guid Id, string KeyDigest, string RequestDigest, byte[] SealedAnswer);

    /// <summary>The idempotency records as a database dump shows them.</summary>
    private async Task<List<Row>> RowsAsync()
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT id, key_digest, request_digest, sealed_answer FROM idempotency_records ORDER BY id", connection);
        await using var reader = await select.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), (byte[])reader[3]));
        }
        return rows;
    }

    /// <summary>Statements matching <paramref name="query"/> (an ILIKE pattern) waiting for a lock in Intake's database.</summary>
    private async Task<long> WaitingAsync(string query)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE @query
            """, connection);
        count.Parameters.AddWithValue("query", query);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static string Sha256(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
