using Microsoft.EntityFrameworkCore.Storage;

namespace Wbs.CaseManagement.Apis;

/// <summary>
/// One change to one case: its transaction, the case as a worker who may change it sees it (or the
/// problem why not), and the moment of the change. Every <see cref="CaseActions"/> change starts here.
/// </summary>
internal sealed class CaseChange : IAsyncDisposable
{
    private readonly CaseDbContext _db;
    private readonly IDbContextTransaction _tx;
    private readonly Case? _case;

    private CaseChange(CaseDbContext db, IDbContextTransaction tx, Case? found, ProblemHttpResult? problem, DateTimeOffset now) =>
        (_db, _tx, _case, Problem, Now) = (db, tx, found, problem, now);

    /// <summary>Why the caller may not change the case (403, 404), or null.</summary>
    public ProblemHttpResult? Problem { get; }

    public Case Case => _case ?? throw new InvalidOperationException("No case to change: check Problem first.");

    public DateTimeOffset Now { get; }

    /// <param name="lockRow">Hold the case's row for the whole change: a second change of the same case waits, then sees this one's result.</param>
    public static async Task<CaseChange> BeginAsync(CaseServices services, string tenant, string trackingNumber, ClaimsPrincipal user,
        CancellationToken cancellationToken, bool lockRow = false)
    {
        var db = services.Db;
        var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (lockRow)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM cases WHERE tenant = {tenant} AND tracking_number = {trackingNumber} FOR UPDATE",
                cancellationToken);
        }
        var (found, problem) = await CaseActions.LoadWorkableAsync(db, tenant, trackingNumber, user, cancellationToken);
        return new CaseChange(db, tx, found, problem, services.Clock.GetUtcNow());
    }

    /// <summary>Saves and commits, or answers 409 when the case changed meanwhile.</summary>
    public Task<ProblemHttpResult?> SaveAsync(CancellationToken cancellationToken) => CaseActions.SaveAsync(_db, _tx, cancellationToken);

    public ValueTask DisposeAsync() => _tx.DisposeAsync();
}
