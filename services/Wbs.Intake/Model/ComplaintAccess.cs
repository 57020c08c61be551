using System.Security.Claims;

namespace Wbs.Intake.Model;

/// <summary>Who may read a report's content: its reporter (code or linked account) and the tenant's staff, except auditors.</summary>
public static class ComplaintAccess
{
    private static readonly string[] ContentRoles =
        [WbsClaims.Roles.Admin, WbsClaims.Roles.Supervisor, WbsClaims.Roles.Verifier, WbsClaims.Roles.Investigator];

    public static bool CanRead(ClaimsPrincipal user, Complaint complaint) => user.Kind() switch
    {
        WbsClaims.Kinds.Code => user.CodeComplaintId() == complaint.Id,
        WbsClaims.Kinds.Account => complaint.AccountId is { } owner && user.AccountId() == owner,
        WbsClaims.Kinds.Staff => user.HasAnyRole(ContentRoles),
        _ => false,
    };

    public static bool IsContentStaff(ClaimsPrincipal user) => user.HasAnyRole(ContentRoles);
}
