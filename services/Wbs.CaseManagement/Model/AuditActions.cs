namespace Wbs.CaseManagement.Model;

public static class AuditActions
{
    public const string CaseOpened = "case.opened";
    public const string CaseViewed = "case.viewed";
    public const string StatusChanged = "case.status_changed";
    public const string Assigned = "case.assigned";
    public const string StaffMessage = "case.message_staff";
    public const string ReporterMessage = "case.message_reporter";
    public const string Note = "case.note";
    public const string EvidenceSupplemented = "evidence.supplemented";
    public const string EvidenceViewed = "evidence.viewed";
    public const string Forwarded = "case.forwarded";
    public const string Redacted = "case.redacted";
    public const string PackageExported = "case.package_exported";
    public const string ContentDestroyed = "case.content_destroyed";
    public const string DisclosureRequested = "disclosure.requested";
    public const string DisclosureApproved = "disclosure.approved";
    public const string DisclosureDenied = "disclosure.denied";
    public const string IdentityRead = "identity.read";
    public const string IdentityRefused = "identity.refused";
    /// <summary>Intake released a report's content to a staff member.</summary>
    public const string ContentRead = "content.read";
    /// <summary>A case list with titles (titles are report content).</summary>
    public const string CaseListRead = "case_list.read";
    public const string TitlesSearched = "titles.searched";
    /// <summary>Statistics taken away as a file (CSV or the PDF report). Identity's acts come as <c>IdentityActs</c>.</summary>
    public const string StatisticsExported = "statistics.exported";
}
