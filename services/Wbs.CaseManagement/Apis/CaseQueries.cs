namespace Wbs.CaseManagement.Apis;

internal static class CaseQueries
{
    /// <summary>The reports a reporter's token reaches: a code token its one complaint, an account token its linked ones.</summary>
    public static IQueryable<Case> OwnedBy(this IQueryable<Case> cases, ClaimsPrincipal user, string tenant)
    {
        var scoped = cases.Where(c => c.Tenant == tenant);
        if (user.CodeComplaintId() is { } complaintId)
        {
            return scoped.Where(c => c.Id == complaintId);
        }
        if (user.AccountId() is { } accountId)
        {
            return scoped.Where(c => c.AccountId == accountId);
        }
        return scoped.Where(c => false);
    }

    public static string? Authorization(this HttpContext http) => http.Request.Headers.Authorization.ToString() is { Length: > 0 } v ? v : null;
}
