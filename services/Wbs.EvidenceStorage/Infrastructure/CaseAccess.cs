namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>CaseManagement's answer to "may this staff member see that case?".</summary>
public enum CaseAccess
{
    Allowed,
    Denied,
    /// <summary>CaseManagement knows no such case (yet) in the tenant.</summary>
    UnknownCase,
}
