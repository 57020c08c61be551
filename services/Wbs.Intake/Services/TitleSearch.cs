namespace Wbs.Intake.Services;

/// <summary>
/// Finds the reports of a tenant whose title holds a query. Titles are sealed, so the database cannot compare them:
/// their blind index (<see cref="TitleIndex"/>) names the reports that may match, and only those are opened to
/// confirm it. A query shorter than <see cref="TitleIndex.MinimumQueryLength"/> finds nothing here.
/// </summary>
public static class TitleSearch
{
    private const int Limit = CaseSearch.MaxMatches;

    /// <summary>Candidates are opened this many at a time, on every core: opening is most of a search's own work.</summary>
    private const int Chunk = 512;

    /// <summary>A report that may match: its sealed title, or its content when it has none yet (<see cref="TitleIndexBackfill"/>).</summary>
    private sealed record Candidate(Guid Id, string TrackingNumber, byte[]? SealedTitle, byte[]? SealedContent);

    /// <returns>The matches with their titles, unordered: CaseManagement sorts them itself.</returns>
    public static async Task<List<TitleItem>> FindAsync(IntakeDbContext db, ComplaintSealer sealer, TitleIndex index, string tenant,
        string query, CancellationToken cancellationToken)
    {
        var matches = new List<TitleItem>();
        if (index.QueryTokens(tenant, query) is not { } tokens)
        {
            return matches;
        }
        var tenantRows = db.Complaints.AsNoTracking().Where(c => c.Tenant == tenant && c.SealedContent != null);
        // Two queries rather than one OR, so each has its own index: the tokens' GIN index, and the partial
        // index of rows not yet indexed (none, once TitleIndexBackfill has run).
        foreach (var candidates in new[]
                 {
                     tenantRows.Where(c => c.TitleTokens != null && tokens.All(t => c.TitleTokens.Contains(t))),
                     tenantRows.Where(c => c.TitleTokens == null),
                 })
        {
            var chunk = new List<Candidate>(Chunk);
            var rows = candidates.Select(c => new Candidate(c.Id, c.TrackingNumber, c.SealedTitle, c.SealedTitle == null ? c.SealedContent : null))
                .AsAsyncEnumerable();
            await foreach (var candidate in rows.WithCancellation(cancellationToken))
            {
                chunk.Add(candidate);
                if (chunk.Count == Chunk)
                {
                    matches.AddRange(Confirm(chunk, sealer, tenant, query));
                    chunk.Clear();
                    if (matches.Count >= Limit)
                    {
                        return matches[..Limit];
                    }
                }
            }
            matches.AddRange(Confirm(chunk, sealer, tenant, query));
        }
        return matches.Count > Limit ? matches[..Limit] : matches;
    }

    private static List<TitleItem> Confirm(List<Candidate> chunk, ComplaintSealer sealer, string tenant, string query) =>
        [.. chunk.AsParallel()
            .Select(c => new TitleItem(c.TrackingNumber, sealer.Title(c.SealedTitle, c.SealedContent, tenant, c.Id)))
            .Where(m => TitleIndex.Matches(m.Title, query))];
}
