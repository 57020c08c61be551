namespace Wbs.CaseManagement.Apis;

/// <summary>
/// Intake asks here, with the staff member's token, before it releases report content (a report, the
/// titles of a case list, the matches of a title search): the same case access as the public API
/// (investigators: assigned cases only), and the read written to the audit trail before the answer
/// leaves, so no content is released without a committed audit record.
/// </summary>
public static class ContentReads
{
    public const string Content = "content";
    public const string Titles = "titles";
    public const string Search = "search";

    /// <summary>
    /// How many reports one question may name: a page of titles or one report, or every match of a title search
    /// (Intake stops a search there too, and the inbox counts "at least" beyond its own limit of the same size).
    /// </summary>
    private const int ListLimit = 500, SearchLimit = CaseSearch.MaxMatches;

    public static async Task<Results<Ok<ContentReadAnswer>, ProblemHttpResult>> Check(string tenant, ContentReadRequest request,
        ClaimsPrincipal user, CaseDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var action = request.Purpose switch
        {
            Content => AuditActions.ContentRead,
            Titles => AuditActions.CaseListRead,
            Search => AuditActions.TitlesSearched,
            _ => null,
        };
        var wanted = request.TrackingNumbers?.Distinct(StringComparer.Ordinal).Take(request.Purpose == Search ? SearchLimit : ListLimit).ToList();
        if (action is null || wanted is null)
        {
            return Problems.BadRequest("Tujuan harus content, titles atau search, dengan nomor laporan. / Purpose must be content, titles or search, with tracking numbers.");
        }
        if (!StaffAccess.CanWorkCases(user))
        {
            return CaseProblems.Forbidden("Peran ini tidak membaca isi laporan. / This role reads no report content.");
        }
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        // StaffAccess.CanSee: a role that sees every case of the tenant sees each report Intake names (its tenant's, as the
        // route is), so nothing is looked up: at a million cases, looking up a title search's thousand matches made this call
        // take 20 ms (p50) instead of 6. Only an investigator's reports are looked up, by tracking number and assignee.
        var me = user.SubjectId();
        var allowed = StaffAccess.SeesOnlyAssigned(user)
            ? await db.Cases.AsNoTracking().Where(c => c.Tenant == tenant && wanted.Contains(c.TrackingNumber) && c.AssigneeId == me)
                .Select(c => c.TrackingNumber).ToListAsync(cancellationToken)
            : wanted;
        allowed = [.. allowed.Order(StringComparer.Ordinal)];
        if (request.Purpose == Content)
        {
            foreach (var trackingNumber in allowed)
            {
                await audit.AppendAsync(user, tenant, action, trackingNumber, null, cancellationToken);
            }
        }
        else
        {
            // One entry per list or search: how many reports' titles were released, not which words were searched.
            await audit.AppendAsync(user, tenant, action, null, $"count={allowed.Count}", cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return TypedResults.Ok(new ContentReadAnswer(allowed));
    }
}
