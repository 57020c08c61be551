using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Wbs.CaseManagement.Services;

/// <summary>
/// Builds the signed export of a forwarding: a ZIP with the redacted report (<c>laporan.json</c>), the
/// cover letter (<c>surat-pengantar.txt</c>), the chosen evidence (<c>bukti/…</c>), a manifest listing
/// every file's SHA-256 and the manifest's detached signature (<c>manifest.sig</c>, base64). A recipient
/// verifies the signature with the platform's public key, then each file against the manifest.
/// Entries are stored uncompressed: evidence is mostly compressed already, and it keeps the build cheap.
/// Built in memory (never on disk: it holds report content), so very large evidence belongs in a later streaming build.
/// </summary>
public sealed class ForwardingPackager(PackageSigner signer)
{
    public const string Format = "wbs-forwarding/1";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public sealed record Evidence(Guid EvidenceId, string FileName, byte[]? Content);

    public byte[] Build(CaseForwarding forwarding, Case found, TenantProfile tenant, string destinationName, SharedReport report,
        string? note, IReadOnlyList<Evidence> evidence)
    {
        var files = new List<PackageFile>
        {
            new("laporan.json", JsonSerializer.SerializeToUtf8Bytes(new
            {
                found.TrackingNumber, Tenant = tenant.Slug, found.Category, found.ReporterType, found.SubmittedAt,
                report.Title, report.What, report.Where, report.When, report.Who, report.How, RedactionMarker = Redactor.Marker,
            }, Json)),
            new("surat-pengantar.txt", Encoding.UTF8.GetBytes(CoverLetter(forwarding, found, tenant, destinationName, note, evidence))),
        };
        files.AddRange(evidence.Where(e => e.Content is not null).Select(e => new PackageFile($"bukti/{e.EvidenceId:N}-{SafeName(e.FileName)}", e.Content!)));

        var manifest = JsonSerializer.SerializeToUtf8Bytes(new
        {
            Format,
            ForwardingId = forwarding.Id,
            Tenant = tenant.Slug,
            found.TrackingNumber,
            To = forwarding.Destination,
            forwarding.DestinationTrackingNumber,
            forwarding.CreatedAt,
            signer.KeyId,
            Algorithm = PackageSigner.Algorithm,
            Files = files.Select(f => new { f.Path, Sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Content)), Size = f.Content.Length }),
            MissingEvidence = evidence.Where(e => e.Content is null).Select(e => e.EvidenceId),
        }, Json);
        files.Add(new("manifest.json", manifest));
        files.Add(new("manifest.sig", Encoding.ASCII.GetBytes(Convert.ToBase64String(signer.Sign(manifest)))));

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(file.Path, CompressionLevel.NoCompression);
                entry.LastWriteTime = forwarding.CreatedAt;
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }
        return buffer.ToArray();
    }

    private string CoverLetter(CaseForwarding f, Case c, TenantProfile tenant, string destinationName, string? note,
        IReadOnlyList<Evidence> evidence)
    {
        var text = new StringBuilder();
        var date = f.CreatedAt.ToOffset(Wib).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        text.AppendLine("SURAT PENGANTAR PENERUSAN PENGADUAN").AppendLine();
        text.AppendLine($"Dari      : {tenant.Name}");
        text.AppendLine($"Kepada    : {destinationName}");
        text.AppendLine($"Tanggal   : {date}");
        text.AppendLine($"Nomor     : {c.TrackingNumber}{(f.DestinationTrackingNumber is { } d ? $" (di tujuan: {d})" : "")}");
        text.AppendLine($"Kategori  : {c.Category}").AppendLine();
        text.AppendLine("Dengan hormat,");
        text.AppendLine("bersama ini kami teruskan pengaduan tersebut di atas untuk ditindaklanjuti sesuai kewenangan Saudara.");
        text.AppendLine($"Bagian yang disamarkan ditandai {Redactor.Marker}. Identitas pelapor tidak disertakan.").AppendLine();
        if (note is { Length: > 0 })
        {
            text.AppendLine("Catatan:").AppendLine(note).AppendLine();
        }
        text.AppendLine("Lampiran:");
        text.AppendLine("- laporan.json (isi laporan)");
        foreach (var e in evidence)
        {
            text.AppendLine(e.Content is null ? $"- {e.FileName} (tidak tersedia)" : $"- bukti/{e.EvidenceId:N}-{SafeName(e.FileName)}");
        }
        text.AppendLine().AppendLine("Keaslian: manifest.json memuat SHA-256 setiap berkas dan ditandatangani (manifest.sig,");
        text.AppendLine($"ECDSA P-256/SHA-256, kunci {signer.KeyId}: GET /api/{tenant.Slug}/forwardings/signing-key).");
        return text.ToString();
    }

    private static string SafeName(string name)
    {
        var clean = new string([.. Path.GetFileName(name).Select(ch => char.IsLetterOrDigit(ch) || ch is '.' or '-' or '_' ? ch : '_')]);
        return clean.Length == 0 ? "berkas" : clean[..Math.Min(clean.Length, 100)];
    }
}
