namespace Wbs.Notification.Model;

/// <summary>
/// Every sentence of the reporter's inbox, stored in Indonesian (the web shows each in the reader's language by its
/// kind; staff e-mails: <see cref="StaffMailText"/>). They name the tracking number, status and dates only: report
/// content never reaches this service, and no text may suggest what a report is about.
/// </summary>
public static class NotificationTexts
{
    public static string Received(string trackingNumber, DateTimeOffset responseDueAt) =>
        $"Laporan {trackingNumber} telah kami terima. Tanggapan akan diberikan paling lambat {TenantDates.Date(responseDueAt, TenantTimeZones.Wib, TenantLanguages.Indonesian)}.";

    public static string StatusChanged(string trackingNumber, string status) =>
        $"Status laporan {trackingNumber} berubah menjadi {CaseStatuses.Label(status)}.";

    public static string StaffMessage(string trackingNumber) =>
        $"Ada pesan baru dari petugas pada laporan {trackingNumber}. Silakan buka laporan untuk membacanya.";

    public static string IdentityDisclosed(string trackingNumber) =>
        $"Identitas Anda pada laporan {trackingNumber} telah dibuka kepada petugas yang menanganinya, dengan persetujuan kustodian identitas. " +
        "Alasannya tercantum di riwayat laporan.";
}
