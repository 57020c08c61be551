using System.Security.Claims;

namespace Wbs.ServiceDefaults.Auth;

public static class CallerExtensions
{
    public static string? Kind(this ClaimsPrincipal user) => user.FindFirst(WbsClaims.Kind)?.Value;

    public static Guid? SubjectId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(WbsClaims.Subject)?.Value, out var id) ? id : null;

    /// <summary>The complaint a code token reaches; null for other kinds.</summary>
    public static Guid? CodeComplaintId(this ClaimsPrincipal user) =>
        user.Kind() == WbsClaims.Kinds.Code && Guid.TryParse(user.FindFirst(WbsClaims.ComplaintId)?.Value, out var id) ? id : null;

    /// <summary>The account an account token belongs to; null for other kinds.</summary>
    public static Guid? AccountId(this ClaimsPrincipal user) =>
        user.Kind() == WbsClaims.Kinds.Account ? user.SubjectId() : null;

    public static bool IsStaff(this ClaimsPrincipal user) => user.Kind() == WbsClaims.Kinds.Staff;

    /// <summary>A staff token issued with a temporary password: it may only change the password.</summary>
    public static bool MustChangePassword(this ClaimsPrincipal user) =>
        user.IsStaff() && user.FindFirst(WbsClaims.MustChangePassword)?.Value == "true";

    public static Guid? SessionId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(WbsClaims.SessionId)?.Value, out var id) ? id : null;

    public static bool HasAnyRole(this ClaimsPrincipal user, params string[] roles) =>
        user.IsStaff() && roles.Any(user.IsInRole);

    /// <summary>Whether a staff token holds a capability of <see cref="RoleMatrix"/> (one of its roles).</summary>
    public static bool May(this ClaimsPrincipal user, string capability) =>
        user.HasAnyRole(RoleMatrix.Roles[capability]);
}
