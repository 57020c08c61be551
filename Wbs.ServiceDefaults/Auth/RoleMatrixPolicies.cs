using Microsoft.AspNetCore.Authorization;

namespace Wbs.ServiceDefaults.Auth;

public static class RoleMatrixPolicies
{
    /// <summary>One policy per capability of <see cref="RoleMatrix"/>: a staff token holding one of its roles.</summary>
    public static AuthorizationBuilder AddRoleMatrixPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (capability, roles) in RoleMatrix.Roles)
        {
            builder.AddPolicy(capability, p => p
                .RequireClaim(WbsClaims.Kind, WbsClaims.Kinds.Staff)
                .RequireClaim(WbsClaims.Role, roles));
        }
        return builder;
    }
}
