namespace Wbs.Contracts;

/// <summary>
/// The statuses of a case as the public API and <see cref="CaseStatusChanged"/> name them, with the
/// labels every service and page shows (Indonesian first, English second).
/// </summary>
public static class CaseStatuses
{
    public const string Received = "received";
    public const string InVerification = "in_verification";
    public const string NeedsInformation = "needs_information";
    public const string InFollowUp = "in_follow_up";
    public const string Closed = "closed";
    public const string Rejected = "rejected";

    public static readonly string[] All = [Received, InVerification, NeedsInformation, InFollowUp, Closed, Rejected];

    public static string Label(string status) => status switch
    {
        Received => "Diterima",
        InVerification => "Diverifikasi",
        NeedsInformation => "Perlu Dilengkapi",
        InFollowUp => "Ditindaklanjuti",
        Closed => "Selesai",
        Rejected => "Ditolak",
        _ => status,
    };

    public static string EnglishLabel(string status) => status switch
    {
        Received => "Received",
        InVerification => "In verification",
        NeedsInformation => "Needs information",
        InFollowUp => "In follow-up",
        Closed => "Closed",
        Rejected => "Rejected",
        _ => status,
    };
}
