namespace Wbs.ServiceDefaults.Auth;

/// <summary>
/// The one role matrix: which staff roles hold each capability. Every service checks a capability
/// (<see cref="CallerExtensions.May"/>) or a policy of the same name (registered from this table by
/// <c>AddWbsAuthentication</c>), never a list of roles of its own.
/// </summary>
public static class RoleMatrix
{
    /// <summary>Reading a report's content and its evidence, and working cases: every role but auditors and custodians. Investigators see only their assigned cases (<see cref="SeeAllCases"/>).</summary>
    public const string ReadContent = "staff:read-content";
    /// <summary>Every case of the tenant, and so also evidence not (yet) attached to one.</summary>
    public const string SeeAllCases = "staff:all-cases";
    /// <summary>Entering a report received by letter, phone, e-mail or in person.</summary>
    public const string EnterReceivedReports = "staff:enter-received";
    public const string Assign = "staff:assign";
    /// <summary>Forwarding a case to another agency.</summary>
    public const string Forward = "staff:forward";
    public const string ReadAudit = "staff:audit";
    public const string ReadStatistics = "staff:statistics";
    /// <summary>Deciding identity disclosures; the role grants no content by itself.</summary>
    public const string DecideDisclosures = "staff:decide-disclosures";
    public const string RunRetention = "staff:retention";
    public const string ManageStaff = "staff:manage-users";

    private const string Admin = WbsClaims.Roles.Admin, Supervisor = WbsClaims.Roles.Supervisor, Verifier = WbsClaims.Roles.Verifier,
        Investigator = WbsClaims.Roles.Investigator, Auditor = WbsClaims.Roles.Auditor, Custodian = WbsClaims.Roles.Custodian;

    public static IReadOnlyDictionary<string, string[]> Roles { get; } = new Dictionary<string, string[]>
    {
        [ReadContent] = [Admin, Supervisor, Verifier, Investigator],
        [SeeAllCases] = [Admin, Supervisor, Verifier],
        [EnterReceivedReports] = [Admin, Supervisor, Verifier],
        [Assign] = [Admin, Supervisor],
        [Forward] = [Admin, Supervisor],
        [ReadAudit] = [Admin, Auditor],
        [ReadStatistics] = [Admin, Supervisor, Auditor],
        [DecideDisclosures] = [Custodian],
        [RunRetention] = [Admin],
        [ManageStaff] = [Admin],
    };
}
