namespace Wbs.CaseManagement.Apis;

/// <summary>
/// A page of a title search whose matches are few enough (up to a limit) to be sorted here by their inbox keys alone: the
/// tracking numbers on the page and the total, in place of a page query and a count query that each look up every match.
/// </summary>
internal sealed record SearchPage(List<string> TrackingNumbers, int Total)
{
    /// <returns>The page of <paramref name="size"/> after <paramref name="after"/> and <paramref name="skip"/>, or null beyond <paramref name="limit"/> matches.</returns>
    public static async Task<SearchPage?> FindAsync(CaseListFilter filter, IReadOnlyDictionary<string, TitleMatch> matches, CaseCursor? after,
        int skip, int size, int limit, CaseDbContext db, CancellationToken cancellationToken)
    {
        if (filter.TakesEveryCase && await (filter with { ByTitle = [] }).AllKeysAsync(db, limit, cancellationToken) is { } byNumber)
        {
            // Nothing but the search narrows the list, so the matches' keys can come with them from Intake: looking up a
            // thousand here took 10 of a title search's 35 ms (bench p50). Only the cases up to the page's end are looked up:
            // if one of them is not open yet (its report is newer than its case), the cases' own keys decide. A report whose
            // case is not open yet counts in the total until it is.
            var keys = byNumber.UnionBy(matches.Select(m => new CaseCursor(m.Value.ResponseDueAt, m.Key)), k => k.TrackingNumber).ToList();
            if (keys.Count <= limit && Through(keys, after, skip + size) is var through
                && await filter.Among(db, through).CountAsync(cancellationToken) == through.Count)
            {
                return new([.. through.Skip(skip)], keys.Count);
            }
        }
        return await filter.AllKeysAsync(db, limit, cancellationToken) is { } all ? new([.. Through(all, after, skip + size).Skip(skip)], all.Count) : null;
    }

    /// <summary>The tracking numbers of the first <paramref name="count"/> keys after <paramref name="after"/>, in inbox order.</summary>
    private static List<string> Through(List<CaseCursor> keys, CaseCursor? after, int count) =>
        [.. keys.Where(k => after is null || k.CompareTo(after) > 0).Order().Take(count).Select(k => k.TrackingNumber)];
}
