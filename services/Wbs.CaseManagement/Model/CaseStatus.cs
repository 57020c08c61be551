namespace Wbs.CaseManagement.Model;

/// <summary>The workflow of a case: statuses, their Indonesian labels and the allowed transitions.</summary>
public static class CaseStatus
{
    public const string Received = "received";
    public const string InVerification = "in_verification";
    public const string NeedsInformation = "needs_information";
    public const string InFollowUp = "in_follow_up";
    public const string Closed = "closed";
    public const string Rejected = "rejected";

    public static readonly string[] All = [Received, InVerification, NeedsInformation, InFollowUp, Closed, Rejected];

    private static readonly Dictionary<string, string[]> Next = new(StringComparer.Ordinal)
    {
        [Received] = [InVerification, Rejected],
        [InVerification] = [NeedsInformation, InFollowUp, Rejected],
        [NeedsInformation] = [InVerification, Rejected],
        [InFollowUp] = [Closed],
        [Closed] = [],
        [Rejected] = [],
    };

    public static bool IsKnown(string? status) => status is not null && Next.ContainsKey(status);

    public static IReadOnlyList<string> AllowedFrom(string status) => Next.TryGetValue(status, out var next) ? next : [];

    public static bool CanMove(string from, string to) => AllowedFrom(from).Contains(to);

    public static bool IsFinal(string status) => status is Closed or Rejected;

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
}
