namespace Wbs.CaseManagement.Model;

/// <summary>The workflow of a case: the allowed transitions between the statuses of <see cref="CaseStatuses"/>.</summary>
public static class CaseStatus
{
    public const string Received = CaseStatuses.Received;
    public const string InVerification = CaseStatuses.InVerification;
    public const string NeedsInformation = CaseStatuses.NeedsInformation;
    public const string InFollowUp = CaseStatuses.InFollowUp;
    public const string Closed = CaseStatuses.Closed;
    public const string Rejected = CaseStatuses.Rejected;

    public static readonly string[] All = CaseStatuses.All;

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

    public static string Label(string status) => CaseStatuses.Label(status);
}
