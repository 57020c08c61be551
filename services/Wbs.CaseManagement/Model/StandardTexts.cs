namespace Wbs.CaseManagement.Model;

/// <summary>
/// Texts the system writes itself into a case's timeline. Those computed when read (received, a status change) come
/// in the reader's language; those sealed into an entry when it was written (evidence, forwarding, disclosure) hold
/// both halves, "Indonesian / English", and <see cref="InLanguage"/> shows the reader's half by its known English opening.
/// </summary>
public static class StandardTexts
{
    private const string EvidenceAddedEn = "Additional evidence received";
    private const string ForwardedEn = "Your report was forwarded to";
    private const string IdentityDisclosedEn = "Your identity was disclosed to the staff";
    private static readonly string[] EnglishOpenings = [EvidenceAddedEn, ForwardedEn, IdentityDisclosedEn];

    public static string ThankYou(DateTimeOffset responseDueAt, string language, string? timeZone) =>
        language == TenantLanguages.English
            ? $"Thank you for the courage to report. We have received your report and will respond by {TenantDates.Date(responseDueAt, timeZone, language)}. Follow its progress on this page."
            : "Terima kasih atas keberanian Anda melapor. Laporan Anda telah kami terima dan akan kami tanggapi paling lambat " +
              $"{TenantDates.Date(responseDueAt, timeZone, language)}. Pantau perkembangannya di halaman ini.";

    public static string StatusChanged(string to, string language) =>
        language == TenantLanguages.English
            ? $"The report's status is now {CaseStatuses.EnglishLabel(to)}."
            : $"Status laporan menjadi {CaseStatus.Label(to)}.";

    public static string EvidenceAdded(int files) =>
        $"Bukti tambahan diterima ({files} berkas). / {EvidenceAddedEn} ({files} file(s)).";

    public static string Forwarded(string destination, string? destinationTrackingNumber) =>
        $"Laporan Anda diteruskan ke {destination} untuk ditindaklanjuti sesuai kewenangannya." +
        (destinationTrackingNumber is { } tn
            ? $" Di sana laporan tercatat dengan nomor {tn}; pantau dengan kode pengaduan yang sama."
            : "") +
        $" / {ForwardedEn} {destination}." +
        (destinationTrackingNumber is not null ? " Follow it there with the same complaint code." : "");

    /// <summary>Tells the reporter that and why their identity was disclosed, never to whom.</summary>
    public static string IdentityDisclosed(string reason) =>
        "Identitas Anda telah dibuka kepada petugas yang menangani laporan ini, dengan persetujuan kustodian identitas. " +
        $"Alasan: {reason} / {IdentityDisclosedEn} handling this report, with the custodian's approval. Reason: {reason}";

    /// <summary>
    /// The reader's half of a two-language text written above; anything else (a staff member's message to the
    /// reporter) as it was written.
    /// </summary>
    public static string InLanguage(string text, string language)
    {
        foreach (var opening in EnglishOpenings)
        {
            var split = text.IndexOf($" / {opening}", StringComparison.Ordinal);
            if (split >= 0)
            {
                return language == TenantLanguages.English ? text[(split + 3)..] : text[..split];
            }
        }
        return text;
    }
}
