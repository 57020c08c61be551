using System.Globalization;

namespace Wbs.CaseManagement.Model;

/// <summary>Texts the system writes itself into a case's timeline (Indonesian first, English second).</summary>
public static class StandardTexts
{
    public static string ThankYou(DateTimeOffset responseDueAt) =>
        "Terima kasih atas keberanian Anda melapor. Laporan Anda telah kami terima dan akan kami tanggapi paling lambat " +
        $"{responseDueAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}. Pantau perkembangannya di halaman ini. / " +
        "Thank you for your report. We have received it and will respond by that date.";

    public static string EvidenceAdded(int files) =>
        $"Bukti tambahan diterima ({files} berkas). / Additional evidence received ({files} file(s)).";

    public static string StatusChanged(string to) =>
        $"Status laporan menjadi {CaseStatus.Label(to)}. / The report's status is now {to.Replace('_', ' ')}.";

    public static string Forwarded(string destination, string? destinationTrackingNumber) =>
        $"Laporan Anda diteruskan ke {destination} untuk ditindaklanjuti sesuai kewenangannya." +
        (destinationTrackingNumber is { } tn
            ? $" Di sana laporan tercatat dengan nomor {tn}; pantau dengan kode pengaduan yang sama."
            : "") +
        $" / Your report was forwarded to {destination}." +
        (destinationTrackingNumber is not null ? " Follow it there with the same complaint code." : "");

    /// <summary>Tells the reporter that and why their identity was disclosed, never to whom.</summary>
    public static string IdentityDisclosed(string reason) =>
        "Identitas Anda telah dibuka kepada petugas yang menangani laporan ini, dengan persetujuan kustodian identitas. " +
        $"Alasan: {reason} / Your identity was disclosed to the staff handling this report, with the custodian's approval. Reason: {reason}";
}
