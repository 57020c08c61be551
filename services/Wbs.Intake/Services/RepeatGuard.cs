using System.Data.Common;
using System.Globalization;

namespace Wbs.Intake.Services;

/// <summary>
/// One request at a time per Idempotency-Key: a PostgreSQL advisory lock on the key's lookup digest, held on the
/// context's own connection for the whole submission. A client that gave up waiting sends the request again while the
/// first one is still at work (the web's calls retry a keyed post after 10 s); the repeat waits here until the first
/// has ended, then finds its answer or the evidence it let go, instead of being refused because that evidence is held.
/// Session-level, so it must be given back: pooled connections are not reset when they return to the pool.
/// </summary>
public sealed class RepeatGuard : IAsyncDisposable
{
    private readonly IntakeDbContext _db;
    private readonly long _key;

    private RepeatGuard(IntakeDbContext db, long key) => (_db, _key) = (db, key);

    public static async Task<RepeatGuard> EnterAsync(IntakeDbContext db, string lookup, CancellationToken cancellationToken)
    {
        var key = long.Parse(lookup.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(db.Database.GetDbConnection(), "SELECT pg_advisory_lock(@key)", key, cancellationToken);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
        return new RepeatGuard(db, key);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync(_db.Database.GetDbConnection(), "SELECT pg_advisory_unlock(@key)", _key, CancellationToken.None);
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
