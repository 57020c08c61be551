namespace Wbs.CaseManagement.Model;

/// <summary>Case-level checks over <see cref="RoleMatrix"/> (checked in this service, not only at the gateway).</summary>
public static class StaffAccess
{
    /// <summary>Reading report content and working cases: everybody but auditors.</summary>
    public static bool CanWorkCases(ClaimsPrincipal user) =>
        user.May(RoleMatrix.ReadContent);

    /// <summary>Investigators (without a broader role) see only the cases assigned to them.</summary>
    public static bool SeesOnlyAssigned(ClaimsPrincipal user) => !user.May(RoleMatrix.SeeAllCases);

    public static bool CanSee(ClaimsPrincipal user, Case c) =>
        CanWorkCases(user) && (!SeesOnlyAssigned(user) || (c.AssigneeId is { } a && a == user.SubjectId()));

    public static bool CanAssign(ClaimsPrincipal user) => user.May(RoleMatrix.Assign);

    /// <summary>Forwarding a case (and running retention by hand) is a supervisor's or admin's decision.</summary>
    public static bool CanForward(ClaimsPrincipal user) => user.May(RoleMatrix.Forward);

    public static bool CanReadAudit(ClaimsPrincipal user) => user.May(RoleMatrix.ReadAudit);

    public static bool CanReadStatistics(ClaimsPrincipal user) => user.May(RoleMatrix.ReadStatistics);

    /// <summary>Custodians decide identity disclosures; the role grants no content by itself.</summary>
    public static bool IsCustodian(ClaimsPrincipal user) => user.May(RoleMatrix.DecideDisclosures);

    public static string ActorName(ClaimsPrincipal user) =>
        user.FindFirst(WbsClaims.Name)?.Value ?? user.SubjectId()?.ToString() ?? "staff";
}
