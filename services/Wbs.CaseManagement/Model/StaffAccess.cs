namespace Wbs.CaseManagement.Model;

/// <summary>Who on the staff may do what with cases (checked in this service, not only at the gateway).</summary>
public static class StaffAccess
{
    private static readonly string[] AllCases = [WbsClaims.Roles.Admin, WbsClaims.Roles.Supervisor, WbsClaims.Roles.Verifier];

    /// <summary>Reading report content and working cases: everybody but auditors.</summary>
    public static bool CanWorkCases(ClaimsPrincipal user) =>
        user.HasAnyRole([.. AllCases, WbsClaims.Roles.Investigator]);

    /// <summary>Investigators (without a broader role) see only the cases assigned to them.</summary>
    public static bool SeesOnlyAssigned(ClaimsPrincipal user) => !user.HasAnyRole(AllCases);

    public static bool CanSee(ClaimsPrincipal user, Case c) =>
        CanWorkCases(user) && (!SeesOnlyAssigned(user) || (c.AssigneeId is { } a && a == user.SubjectId()));

    public static bool CanAssign(ClaimsPrincipal user) =>
        user.HasAnyRole(WbsClaims.Roles.Admin, WbsClaims.Roles.Supervisor);

    /// <summary>Forwarding a case (and running retention by hand) is a supervisor's or admin's decision.</summary>
    public static bool CanForward(ClaimsPrincipal user) =>
        user.HasAnyRole(WbsClaims.Roles.Admin, WbsClaims.Roles.Supervisor);

    public static bool CanReadAudit(ClaimsPrincipal user) =>
        user.HasAnyRole(WbsClaims.Roles.Admin, WbsClaims.Roles.Auditor);

    public static bool CanReadStatistics(ClaimsPrincipal user) =>
        user.HasAnyRole(WbsClaims.Roles.Admin, WbsClaims.Roles.Supervisor, WbsClaims.Roles.Auditor);

    /// <summary>Custodians decide identity disclosures; the role grants no content by itself.</summary>
    public static bool IsCustodian(ClaimsPrincipal user) => user.HasAnyRole(WbsClaims.Roles.Custodian);

    public static string ActorName(ClaimsPrincipal user) =>
        user.FindFirst(WbsClaims.Name)?.Value ?? user.SubjectId()?.ToString() ?? "staff";
}
