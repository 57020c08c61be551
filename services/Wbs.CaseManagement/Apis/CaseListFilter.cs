using System.Linq.Expressions;

namespace Wbs.CaseManagement.Apis;

/// <summary>
/// The cases an inbox list asks for (the caller's access, assignee, status and search), as a query of any context: the
/// page and its total are read on two connections at once.
/// </summary>
/// <param name="OwnOnly">Only the cases assigned to <paramref name="Caller"/> (an investigator's, or "me").</param>
/// <param name="Assignee">The staff member whose cases are asked for.</param>
/// <param name="NumberPattern">An ILIKE pattern the tracking number matches, or null when nothing is searched.</param>
/// <param name="ByTitle">The tracking numbers whose title matched the search.</param>
public sealed record CaseListFilter(string Tenant, bool OwnOnly, Guid? Caller, Guid? Assignee, bool Unassigned, string? Status,
    string? NumberPattern, IReadOnlyList<string> ByTitle)
{
    public IQueryable<Case> Cases(CaseDbContext db) => Matching(db, c => c);

    /// <summary>Whether the caller's access and the filters leave every case of the tenant, so that only the search narrows the list.</summary>
    public bool TakesEveryCase => !OwnOnly && Assignee is null && !Unassigned && Status is null;

    /// <summary>The tracking numbers of <see cref="Cases"/>, united as numbers, not whole rows: the tenant's index answers it alone.</summary>
    public IQueryable<string> TrackingNumbers(CaseDbContext db) => Matching(db, c => c.TrackingNumber);

    /// <summary>
    /// The inbox order's key (response due, tracking number) of every case of <see cref="Cases"/>, or null when there are
    /// more than <paramref name="limit"/>: a query of two columns, and of the tenant's tracking-number index for the titles found.
    /// </summary>
    internal async Task<List<CaseCursor>?> AllKeysAsync(CaseDbContext db, int limit, CancellationToken cancellationToken)
    {
        var keys = await Matching(db, c => new { c.ResponseDueAt, c.TrackingNumber }).Take(limit + 1).ToListAsync(cancellationToken);
        return keys.Count > limit ? null : [.. keys.Select(k => new CaseCursor(k.ResponseDueAt, k.TrackingNumber))];
    }

    /// <summary>The cases among <paramref name="trackingNumbers"/> that the caller's access and the filters still allow.</summary>
    public IQueryable<Case> Among(CaseDbContext db, IReadOnlyList<string> trackingNumbers) =>
        Filtered(db).Where(c => trackingNumbers.Contains(c.TrackingNumber));

    private IQueryable<T> Matching<T>(CaseDbContext db, Expression<Func<Case, T>> select)
    {
        var cases = Filtered(db);
        if (NumberPattern is null)
        {
            return cases.Select(select);
        }
        var byNumber = cases.Where(c => EF.Functions.ILike(c.TrackingNumber, NumberPattern)).Select(select);
        // A UNION, not one OR: each half has its index (trigrams; tenant and tracking number), and the matches are
        // sorted after. At a million cases the OR took p50 462 ms and the UNION 13 ms (bench title search): the OR
        // left the planner walking the due-date index and testing every case, hoping for 21 early matches.
        return ByTitle.Count == 0 ? byNumber : byNumber.Union(cases.Where(c => ByTitle.Contains(c.TrackingNumber)).Select(select));
    }

    private IQueryable<Case> Filtered(CaseDbContext db)
    {
        var cases = db.Cases.AsNoTracking().Where(c => c.Tenant == Tenant);
        if (OwnOnly) { cases = cases.Where(c => c.AssigneeId == Caller); }
        if (Assignee is { } assignee) { cases = cases.Where(c => c.AssigneeId == assignee); }
        if (Unassigned) { cases = cases.Where(c => c.AssigneeId == null); }
        if (Status is not null) { cases = cases.Where(c => c.Status == Status); }
        return cases;
    }
}
