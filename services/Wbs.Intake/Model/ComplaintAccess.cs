using System.Security.Claims;

namespace Wbs.Intake.Model;

/// <summary>Who may read a report's content: its reporter (code or linked account) and the tenant's staff, except auditors.</summary>
public static class ComplaintAccess
{
    public static bool CanRead(ClaimsPrincipal user, Complaint complaint) => user.Kind() switch
    {
        WbsClaims.Kinds.Code => user.CodeComplaintId() == complaint.Id,
        WbsClaims.Kinds.Account => complaint.AccountId is { } owner && user.AccountId() == owner,
        WbsClaims.Kinds.Staff => user.May(RoleMatrix.ReadContent),
        _ => false,
    };

    public static bool IsContentStaff(ClaimsPrincipal user) => user.May(RoleMatrix.ReadContent);
}
