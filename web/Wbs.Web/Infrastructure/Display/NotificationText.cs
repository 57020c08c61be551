using Wbs.Contracts;

namespace Wbs.Web.Infrastructure.Display;

/// <summary>
/// A reporter notification in the reader's language, composed from its kind and tracking number
/// (the Notification service stores one Indonesian sentence). The status of a change is read back
/// from that sentence so the label is the one this site shows everywhere.
/// </summary>
public static class NotificationText
{
    public static string For(NotificationItem item) => item.Kind switch
    {
        "received" => Lang.T($"Laporan {item.TrackingNumber} telah kami terima.", $"We received report {item.TrackingNumber}."),
        "message_posted" => Lang.T($"Ada pesan baru dari petugas pada laporan {item.TrackingNumber}.", $"Staff sent a new message on report {item.TrackingNumber}."),
        "status_changed" when StatusIn(item.Text) is { } status =>
            Lang.T($"Status laporan {item.TrackingNumber} kini: {Labels.Status(status)}.", $"Report {item.TrackingNumber} is now: {Labels.Status(status)}."),
        "status_changed" => Lang.T($"Status laporan {item.TrackingNumber} berubah.", $"The status of report {item.TrackingNumber} changed."),
        "identity_disclosed" => Lang.T(
            $"Identitas Anda pada laporan {item.TrackingNumber} telah dibuka kepada petugas yang menanganinya, dengan persetujuan kustodian identitas. Alasannya tercantum di riwayat laporan.",
            $"With the identity custodian's approval, your identity on report {item.TrackingNumber} was revealed to the staff handling it. The report's history gives the reason."),
        _ => Lang.IsEnglish ? Lang.FromService(item.Text) : item.Text,
    };

    private static string? StatusIn(string text) =>
        CaseStatuses.All.FirstOrDefault(s => text.EndsWith($" {CaseStatuses.Label(s)}.", StringComparison.Ordinal));
}
