namespace Wbs.Intake.Services;

/// <summary>
/// On first start (after the migrations) imports the seed tenants — the platform's own and the agencies shipped
/// as data, or those of <c>Tenancy:File</c> — into the registry; tenants already there are left as they are, so
/// several instances starting together are safe. Then loads the registry into this instance's catalogue.
/// </summary>
public sealed class TenantRegistrySeeder(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<TenantRegistrySeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var known = await db.TenantRecords.Select(t => t.Slug).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var missing = TenantCatalog.Seeds(configuration["Tenancy:File"]).Where(t => !known.Contains(t.Slug)).ToList();
        foreach (var seed in missing)
        {
            var profile = seed with { Version = 1 };
            db.TenantRecords.Add(new TenantRecord
            {
                Slug = profile.Slug, Kind = profile.Kind, Profile = TenantRegistryStore.Serialize(profile), Version = 1, UpdatedAt = now,
            });
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (missing.Count > 0)
            {
                logger.LogInformation("Imported {Count} seed tenants into the registry", missing.Count);
            }
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            logger.LogInformation("Another instance imported the seed tenants first");
        }
        await scope.ServiceProvider.GetRequiredService<TenantCatalogRefresher>().RefreshAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
