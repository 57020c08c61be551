namespace Wbs.Notification.Model;

/// <summary>
/// Every sentence this service sends. They name the tracking number, status and dates only:
/// report content never reaches this service, and no text may suggest what a report is about.
/// </summary>
public static class NotificationTexts
{
    public static string Received(string trackingNumber, DateTimeOffset responseDueAt) =>
        $"Laporan {trackingNumber} telah kami terima. Tanggapan akan diberikan paling lambat {IndonesianDate.Format(responseDueAt)}.";

    public static string StatusChanged(string trackingNumber, string status) =>
        $"Status laporan {trackingNumber} berubah menjadi {CaseStatuses.Label(status)}.";

    public static string StaffMessage(string trackingNumber) =>
        $"Ada pesan baru dari petugas pada laporan {trackingNumber}. Silakan buka laporan untuk membacanya.";

    public static string IdentityDisclosed(string trackingNumber) =>
        $"Identitas Anda pada laporan {trackingNumber} telah dibuka kepada petugas yang menanganinya, dengan persetujuan kustodian identitas. " +
        "Alasannya tercantum di riwayat laporan.";

    public static string NewReportSubject(string trackingNumber) => $"[WBS] Laporan baru {trackingNumber}";

    public static string ReporterMessageSubject(string trackingNumber) => $"[WBS] Pesan baru dari pelapor pada {trackingNumber}";

    public static string AssignedSubject(string trackingNumber) => $"[WBS] Penugasan laporan {trackingNumber}";

    public static string DeadlineSubject(string trackingNumber, int daysLeft) => daysLeft > 0
        ? $"[WBS] Batas tanggapan {trackingNumber}: {daysLeft} hari lagi"
        : $"[WBS] Batas tanggapan {trackingNumber} telah lewat";

    public static string DigestSubject(int count) => $"[WBS] Ringkasan {count} pemberitahuan / {count} notifications";

    public static string DigestIntro(int count) =>
        $"Terlalu banyak pemberitahuan dalam waktu singkat; {count} di antaranya dikirim sekaligus di sini.\r\n"
        + $"Too many notifications at once; {count} of them are sent together here.";
}
