using System.Text;

namespace Wbs.Web.Infrastructure.Receipts;

/// <summary>The receipt as a plain text file: readable lines for people, then the signed block the verify page checks.</summary>
public static class ReceiptDocument
{
    public static string Render(Receipt receipt, string signed, TenantProfile tenant, string verifyUrl)
    {
        var text = new StringBuilder();
        text.AppendLine(Lang.T("TANDA TERIMA LAPORAN — WHISTLEBLOWING SYSTEM", "REPORT RECEIPT — WHISTLEBLOWING SYSTEM"));
        text.AppendLine();
        text.AppendLine($"{Lang.T("Instansi", "Agency")}: {tenant.Name}");
        text.AppendLine($"{Lang.T("Nomor registrasi", "Tracking number")}: {receipt.TrackingNumber}");
        text.AppendLine($"{Lang.T("Diterima", "Received")}: {Format.DateTime(receipt.SubmittedAt)}");
        text.AppendLine($"{Lang.T("Sidik isi laporan (SHA-256)", "Digest of the report's content (SHA-256)")}: {receipt.ContentDigest}");
        if (receipt.ComplaintCode is { } code)
        {
            text.AppendLine($"{Lang.T("Kode pengaduan (RAHASIA)", "Complaint code (SECRET)")}: {code}");
        }
        text.AppendLine();
        text.AppendLine(Lang.T(
            $"Keaslian tanda terima ini dapat diperiksa di {verifyUrl} dengan mengunggah atau menempelkan berkas ini.",
            $"Check that this receipt is genuine at {verifyUrl} by uploading or pasting this file."));
        text.AppendLine(receipt.ComplaintCode is null
            ? Lang.T("Tanda terima ini tidak memuat kode pengaduan dan tidak memberi akses ke laporan.",
                "This receipt does not contain the complaint code and gives no access to the report.")
            : Lang.T("Tanda terima ini memuat kode pengaduan: siapa pun yang memegangnya dapat membaca laporan Anda.",
                "This receipt contains the complaint code: anyone holding it can read your report."));
        text.AppendLine();
        text.AppendLine(ReceiptSigner.Begin);
        text.AppendLine(signed);
        text.AppendLine(ReceiptSigner.End);
        return text.ToString();
    }
}
