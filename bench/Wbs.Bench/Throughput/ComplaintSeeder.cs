extern alias intake;
using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Wbs.ServiceDefaults.Security;
using ComplaintSealer = intake::Wbs.Intake.Infrastructure.ComplaintSealer;
using ReportContent = intake::Wbs.Intake.Model.ReportContent;
using TitleIndex = intake::Wbs.Intake.Infrastructure.TitleIndex;

namespace Wbs.Bench.Throughput;

/// <summary>
/// Fills Intake's <c>complaints</c> with the reports behind <see cref="CaseSeeder"/>'s cases (same tracking numbers),
/// sealed and title-indexed exactly as Intake does it, with the system's own keys: the title search then meets a
/// million sealed reports, as it would in a tenant that size. Titles are drawn from <see cref="Words"/>.
/// </summary>
public static class ComplaintSeeder
{
    public static readonly string[] Words =
    [
        "korupsi", "pungutan", "liar", "dana", "desa", "pengadaan", "barang", "jasa", "laptop", "dinas", "pendidikan", "kesehatan",
        "gratifikasi", "perizinan", "tambang", "pasir", "honor", "fiktif", "kegiatan", "sosialisasi", "penyalahgunaan", "wewenang",
        "jabatan", "proyek", "jalan", "jembatan", "bantuan", "sosial", "beras", "sekolah", "puskesmas", "rumah", "sakit", "kecamatan",
        "kelurahan", "kabupaten", "anggaran", "perjalanan", "suap", "pegawai", "kepala", "bidang", "seleksi", "rekrutmen", "honorer",
        "pajak", "retribusi", "pasar", "parkir", "terminal", "irigasi", "pupuk", "subsidi", "hibah", "masjid", "lelang", "kontraktor",
        "konsultan", "mark-up", "harga", "bendahara", "kwitansi", "lembur", "absensi",
    ];

    private const int Chunk = 5_000;

    /// <summary>The title of seeded report <paramref name="i"/>: five words, the same on every run.</summary>
    public static string Title(int i)
    {
        var random = new Random(i);
        return "Dugaan " + string.Join(' ', Enumerable.Range(0, 5).Select(_ => Words[random.Next(Words.Length)]));
    }

    public static async Task<TimeSpan> SeedAsync(string connectionString, string secretsFolder, string tenant, int count)
    {
        var watch = Stopwatch.StartNew();
        var sealer = new ComplaintSealer(new EnvelopeCipher(KeyRingSource.FromFile(Path.Combine(secretsFolder, "keys-content"))),
            new EnvelopeCipher(KeyRingSource.FromFile(Path.Combine(secretsFolder, "keys-identity"))));
        var index = new TitleIndex(KeyRingSource.FromFile(Path.Combine(secretsFolder, "keys-codedigest")).Ring.Current);
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using (var copy = await db.BeginBinaryImportAsync("""
            COPY complaints (id, tenant, tracking_number, code_digest, category, reporter_type, channel, sealed_content, sealed_title, evidence_ids,
                             submitted_at, response_due_at, title_tokens, completeness_what, completeness_where, completeness_when,
                             completeness_who, completeness_how) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var start = 0; start < count; start += Chunk)
            {
                // Sealing and indexing use both cores; COPY takes the rows in order.
                var rows = Enumerable.Range(start, Math.Min(Chunk, count - start)).AsParallel().AsOrdered().Select(i =>
                {
                    var seeded = CaseSeeder.Row(i);
                    var id = Guid.CreateVersion7(seeded.SubmittedAt);
                    var content = new ReportContent(Title(i), $"Uraian laporan uji nomor {i} tentang {Title(i + 1).ToLowerInvariant()}.",
                        "Kantor dinas", "Tahun lalu", null, null);
                    return (seeded, id, Sealed: sealer.Seal(content, tenant, id, ComplaintSealer.Purposes.Content),
                        SealedTitle: sealer.SealTitle(content.Title, tenant, id), Tokens: index.TitleTokens(tenant, content.Title));
                }).ToList();
                foreach (var (seeded, id, sealedContent, sealedTitle, tokens) in rows)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(tenant, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(seeded.TrackingNumber, NpgsqlDbType.Varchar);
                    // Unique per tenant, and never the digest of a real code (those are 64 hex digits).
                    await copy.WriteAsync($"bench-{seeded.TrackingNumber}", NpgsqlDbType.Varchar);
                    await copy.WriteAsync(seeded.Category, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(seeded.ReporterType, NpgsqlDbType.Varchar);
                    await copy.WriteAsync("web", NpgsqlDbType.Varchar);
                    await copy.WriteAsync(sealedContent, NpgsqlDbType.Bytea);
                    await copy.WriteAsync(sealedTitle, NpgsqlDbType.Bytea);
                    await copy.WriteAsync(Array.Empty<Guid>(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                    await copy.WriteAsync(seeded.SubmittedAt, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(seeded.SubmittedAt.AddDays(30), NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(tokens, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                    await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                }
            }
            await copy.CompleteAsync();
        }
        await using (var analyze = new NpgsqlCommand("VACUUM (ANALYZE) complaints", db) { CommandTimeout = 600 })
        {
            await analyze.ExecuteNonQueryAsync();
        }
        return watch.Elapsed;
    }
}
