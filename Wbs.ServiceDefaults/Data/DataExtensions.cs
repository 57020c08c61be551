using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Wbs.ServiceDefaults.Data;

public static class DataExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> through Aspire's Npgsql EF Core integration
    /// (<c>ConnectionStrings:{connectionName}</c>; pooling, health check, telemetry) and applies its
    /// migrations before the server starts listening. Retrying execution is off: services open their
    /// own transactions (state change and outbox row together), which a retrying strategy refuses.
    /// Tables, columns, keys and indexes are named in snake_case by <see cref="UseWbsConventions"/>.
    /// No service leaves session state on a pooled connection (advisory locks are taken per transaction, and
    /// LISTEN has an unpooled connection of its own), so the <c>DISCARD ALL</c> Npgsql sends on every reuse is
    /// skipped: it was 11 of the 55 or so statements PostgreSQL ran for each submission. An open transaction is still
    /// rolled back when its connection returns to the pool. The statements a service runs again and again (a
    /// consumer's inbox check and inserts, the outbox's claims) are prepared once per connection, so PostgreSQL
    /// no longer parses and plans each of them every time.
    /// </summary>
    public static IHostApplicationBuilder AddWbsDbContext<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        builder.AddNpgsqlDbContext<TContext>(connectionName, settings =>
        {
            settings.DisableRetry = true;
            settings.ConnectionString = settings.ConnectionString is { } connection
                ? new NpgsqlConnectionStringBuilder(connection) { NoResetOnClose = true, MaxAutoPrepare = 32, AutoPrepareMinUsages = 2 }.ConnectionString
                : null;
        }, options => options.UseWbsConventions());
        builder.Services.AddHostedService<MigrationService<TContext>>();
        return builder;
    }

    /// <summary>
    /// The one set of rules of every service's database: snake_case names from EFCore.NamingConventions, and no
    /// automatic savepoints (<see cref="NoAutoSavepoints"/>). A row limit without an order is no warning: WBS limits
    /// rows without ordering them only to cap a count or a set it sorts afterwards (an inbox's capped total, a mailbox's
    /// e-mails in the last minute), where an ORDER BY would make PostgreSQL sort what it only counts.
    /// </summary>
    public static TBuilder UseWbsConventions<TBuilder>(this TBuilder options) where TBuilder : DbContextOptionsBuilder =>
        (TBuilder)options.UseSnakeCaseNamingConvention().AddInterceptors(NoAutoSavepoints.Instance)
            .ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
}
