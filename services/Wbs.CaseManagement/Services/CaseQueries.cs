namespace Wbs.CaseManagement.Services;

internal static class CaseQueries
{
    /// <summary>
    /// The reports a reporter's token reaches: a code token its one complaint, an account token its linked
    /// ones — those linked here and, when given, those Identity lists (<paramref name="linked"/>).
    /// </summary>
    public static IQueryable<Case> OwnedBy(this IQueryable<Case> cases, ClaimsPrincipal user, string tenant,
        IReadOnlyCollection<string>? linked = null)
    {
        var scoped = cases.Where(c => c.Tenant == tenant);
        if (user.CodeComplaintId() is { } complaintId)
        {
            return scoped.Where(c => c.Id == complaintId);
        }
        if (user.AccountId() is { } accountId)
        {
            return linked is { Count: > 0 }
                ? scoped.Where(c => c.AccountId == accountId || linked.Contains(c.TrackingNumber))
                : scoped.Where(c => c.AccountId == accountId);
        }
        return scoped.Where(c => false);
    }

    /// <summary>
    /// For an account token, the tracking numbers Identity says it follows (read-your-writes for a link that
    /// has not arrived as an event yet); null for other tokens or when Identity does not answer.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> LinkedInIdentityAsync(this ILinkedReports identity,
        ClaimsPrincipal user, string tenant, ILogger logger, CancellationToken cancellationToken)
    {
        if (user.AccountId() is null)
        {
            return null;
        }
        try
        {
            return await identity.GetLinkedAsync(tenant, cancellationToken);
        }
        catch (PeerUnavailableException)
        {
            logger.LogWarning("Identity unavailable: listing the reports linked here only");
            return null;
        }
    }
}
