using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>Answers kept before they were keyed by the client's Idempotency-Key (sealed under the content keys alone) do not outlive the migration.</summary>
public sealed class IdempotencyMigrationTests(InfrastructureFixture infra)
{
    private const string LastUnkeyed = "20261206185348_SealedTitle";

    [Fact]
    public async Task An_answer_kept_under_the_service_keys_is_deleted_and_a_repeat_of_its_key_is_a_new_submission()
    {
        var ct = TestContext.Current.CancellationToken;
        var key = Guid.NewGuid().ToString();
        string connectionString;
        await using (var schema = await OlderSchema.AtAsync(infra, LastUnkeyed))
        {
            connectionString = schema.ConnectionString;
            await schema.InsertAsync("""
                INSERT INTO idempotency_records (id, tenant, key_hash, request_hash, sealed_answer, expires_at)
                VALUES (@id, 'banjarnegara', @keyHash, @requestHash, '\x0102'::bytea, now() + interval '1 hour')
                """, ("id", Guid.CreateVersion7()), ("keyHash", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"banjarnegara\n{key}")))),
                ("requestHash", new string('0', 64)));

            await schema.MigrateToLatestAsync();

            Assert.False(await schema.Db.IdempotencyRecords.AnyAsync(ct));
        }

        await using var host = await IntakeHost.StartAsync(infra, database: connectionString);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/banjarnegara/complaints") { Content = JsonContent.Create(Samples.Complaint()) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await host.Client().SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await host.WithDbAsync(db => db.IdempotencyRecords.CountAsync(ct)));
    }
}
