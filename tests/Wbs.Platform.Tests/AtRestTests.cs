using System.Text;
using Npgsql;
using Wbs.TestSupport;

namespace Wbs.Platform.Tests;

/// <summary>A copy of the database or broker folders reveals nothing a reporter wrote, nor the code.</summary>
public sealed class AtRestTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private PlatformHost _platform = null!;

    public async ValueTask InitializeAsync() => _platform = await PlatformHost.StartAsync(infra);
    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Marker_text_and_complaint_code_are_not_in_any_file_under_the_PostgreSQL_or_RabbitMQ_folders()
    {
        var marker = $"RAHASIA{Guid.NewGuid():N}";
        var submitted = await _platform.SubmitAsync("banjarnegara",
            Complaints.Sample($"Laporan {marker}", what: $"Isi laporan dengan penanda {marker} yang tidak boleh bocor."));
        var code = submitted.GetProperty("complaintCode").GetString()!;
        var token = await _platform.CodeTokenAsync("banjarnegara", code);
        await Eventually.TrueAsync(async () =>
            (await _platform.GetAsync(_platform.Cases, "/api/banjarnegara/reports", token)).IsSuccessStatusCode);

        // Force everything PostgreSQL holds in memory onto disk before looking.
        await using (var connection = new NpgsqlConnection(infra.Postgres.ConnectionString("postgres")))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await new NpgsqlCommand("CHECKPOINT", connection).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var needles = new[] { marker, code, code.Replace("-", "") }.Select(Encoding.UTF8.GetBytes).ToArray();
        var roots = new[] { infra.Postgres.ClusterDirectory, infra.RabbitMq.DataDirectory };
        var scanned = 0;
        foreach (var file in roots.SelectMany(r => Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories)))
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
            }
            catch (IOException)
            {
                continue; // sockets and files a server holds exclusively
            }
            scanned++;
            foreach (var needle in needles)
            {
                Assert.True(bytes.AsSpan().IndexOf(needle) < 0, $"{file} contains secret text");
            }
        }
        Assert.True(scanned > 50, $"only {scanned} files were scanned");
    }
}
