namespace Wbs.Intake.Services;

/// <summary>
/// Finds the reports of a tenant whose title holds a query. Titles are sealed, so the database cannot compare them:
/// their blind index (<see cref="TitleIndex"/>) names the reports that may match, and only those are opened to
/// confirm it. A query shorter than <see cref="TitleIndex.MinimumQueryLength"/> finds nothing here.
/// </summary>
public static class TitleSearch
{
    private const int Limit = CaseSearch.MaxMatches;

    /// <summary>
    /// Candidates are opened this many at a time on the thread pool while the next are read, at most <see cref="InFlight"/>
    /// chunks ahead. Reading a thousand candidates and opening them took about as long each (bench, 6 and 8 ms); one after
    /// the other, as before, the search took their sum.
    /// </summary>
    private const int Chunk = 128, InFlight = 8;

    /// <summary>A report that may match: its sealed title, or its content when it has none yet (<see cref="TitleIndexBackfill"/>).</summary>
    private sealed record Candidate(Guid Id, string TrackingNumber, DateTimeOffset ResponseDueAt, byte[]? SealedTitle, byte[]? SealedContent);

    /// <returns>The matches with their titles, unordered: CaseManagement sorts them itself.</returns>
    public static async Task<List<SearchMatch>> FindAsync(IntakeDbContext db, ComplaintSealer sealer, TitleIndex index, string tenant,
        string query, CancellationToken cancellationToken)
    {
        var matches = new List<SearchMatch>();
        if (index.QueryTokens(tenant, query) is not { } tokens)
        {
            return matches;
        }
        var confirming = new Queue<Task<List<SearchMatch>>>();
        async Task<bool> EnoughAsync(int ahead)
        {
            while (confirming.Count > ahead)
            {
                matches.AddRange(await confirming.Dequeue());
            }
            return matches.Count >= Limit;
        }
        void Confirm(List<Candidate> chunk) =>
            confirming.Enqueue(Task.Run(() => chunk
                .Select(c => new SearchMatch(c.TrackingNumber, sealer.Title(c.SealedTitle, c.SealedContent, tenant, c.Id), c.ResponseDueAt))
                .Where(m => TitleIndex.Matches(m.Title, query))
                .ToList(), cancellationToken));

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
            var rows = candidates.Select(c => new Candidate(c.Id, c.TrackingNumber, c.ResponseDueAt, c.SealedTitle,
                    c.SealedTitle == null ? c.SealedContent : null))
                .AsAsyncEnumerable();
            await foreach (var candidate in rows.WithCancellation(cancellationToken))
            {
                chunk.Add(candidate);
                if (chunk.Count == Chunk)
                {
                    Confirm(chunk);
                    chunk = new List<Candidate>(Chunk);
                    if (await EnoughAsync(InFlight))
                    {
                        break;
                    }
                }
            }
            if (chunk.Count > 0)
            {
                Confirm(chunk);
            }
            if (await EnoughAsync(InFlight))
            {
                break;
            }
        }
        await EnoughAsync(0);
        return matches.Count > Limit ? matches[..Limit] : matches;
    }
}
