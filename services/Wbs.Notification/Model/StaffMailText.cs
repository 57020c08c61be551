namespace Wbs.Notification.Model;

/// <summary>
/// Every sentence of the e-mails to an agency's staff mailbox, in the one language the agency chose
/// (<see cref="TenantProfile.StaffLanguage"/>) and dates in its zone. They name the tracking number, status
/// and dates only: report content never reaches this service.
/// </summary>
public sealed class StaffMailText(string language, string? timeZone)
{
    public static StaffMailText For(TenantProfile? tenant) =>
        new(tenant?.StaffLanguage ?? TenantLanguages.Indonesian, tenant?.TimeZone);

    private bool English => language == TenantLanguages.English;

    private string T(string id, string en) => English ? en : id;

    public string NewReportSubject(string trackingNumber) => T($"[WBS] Laporan baru {trackingNumber}", $"[WBS] New report {trackingNumber}");

    public string ReporterMessageSubject(string trackingNumber) =>
        T($"[WBS] Pesan baru dari pelapor pada {trackingNumber}", $"[WBS] New message from the reporter on {trackingNumber}");

    public string AssignedSubject(string trackingNumber) => T($"[WBS] Penugasan laporan {trackingNumber}", $"[WBS] Report {trackingNumber} assigned");

    public string DeadlineSubject(string trackingNumber, int daysLeft) => daysLeft > 0
        ? T($"[WBS] Batas tanggapan {trackingNumber}: {daysLeft} hari lagi", $"[WBS] Response due for {trackingNumber} in {daysLeft} days")
        : T($"[WBS] Batas tanggapan {trackingNumber} telah lewat", $"[WBS] Response for {trackingNumber} is overdue");

    public string Due(DateTimeOffset at) => $"{T("Batas tanggapan", "Response due")}: {TenantDates.Date(at, timeZone, language)}";

    public string Due(DateTimeOffset at, int daysLeft) => $"{Due(at)} ({daysLeft} {T("hari", "days")})";

    /// <summary>The lines every staff e-mail carries around what its event adds.</summary>
    public IEnumerable<string> Body(string trackingNumber, string status, string link, IEnumerable<string> extraLines) =>
    [
        $"{T("Nomor laporan", "Tracking number")}: {trackingNumber}",
        $"Status: {(English ? CaseStatuses.EnglishLabel(status) : CaseStatuses.Label(status))}",
        .. extraLines,
        Link(link),
        "",
        T("Isi laporan tidak pernah dikirim lewat e-mail; buka tautan di atas untuk menanganinya.",
            "Report content is never sent by e-mail; open the link above to handle it."),
    ];

    public string Link(string link) => $"{T("Tautan", "Link")}: {link}";

    public string DigestSubject(int count) => T($"[WBS] Ringkasan {count} pemberitahuan", $"[WBS] {count} notifications in one");

    public string DigestIntro(int count) => T(
        $"Terlalu banyak pemberitahuan dalam waktu singkat; {count} di antaranya dikirim sekaligus di sini.",
        $"Too many notifications at once; {count} of them are sent together here.");
}
