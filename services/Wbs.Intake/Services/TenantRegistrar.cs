using Npgsql;

namespace Wbs.Intake.Services;

/// <summary>
/// Creates and changes tenants of the registry. The row and its <see cref="TenantProfileChanged"/> event are
/// written in one transaction; this instance's catalogue takes the change at once, the others on the event.
/// </summary>
public sealed class TenantRegistrar(IntakeDbContext db, TenantCatalog catalog, TimeProvider clock, ILogger<TenantRegistrar> logger)
{
    /// <returns>The new tenant, or null when the slug is taken.</returns>
    public async Task<TenantProfile?> CreateAsync(TenantProfile profile, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await db.TenantRecords.AnyAsync(t => t.Slug == profile.Slug, cancellationToken))
        {
            return null;
        }
        var created = profile with { Kind = TenantProfile.AgencyKind, Version = 1 };
        db.TenantRecords.Add(new TenantRecord
        {
            Slug = created.Slug, Kind = created.Kind, Profile = TenantRegistryStore.Serialize(created), Version = 1, UpdatedAt = now,
        });
        db.AddIntegrationEvent(new TenantProfileChanged(created.Slug, 1, now), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return null;
        }
        catalog.Put(created);
        logger.LogInformation("Tenant {Tenant} created", created.Slug);
        return TenantCatalog.WithDefaults(created);
    }

    /// <returns>The changed tenant, or null when there is no such agency.</returns>
    public async Task<TenantProfile?> UpdateAsync(string slug, Func<TenantProfile, TenantProfile> change, CancellationToken cancellationToken)
    {
        var record = await db.TenantRecords.FirstOrDefaultAsync(t => t.Slug == slug && t.Kind == TenantProfile.AgencyKind, cancellationToken);
        if (record is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var changed = change(TenantRegistryStore.ToProfile(record)) with { Slug = slug, Kind = record.Kind, Version = record.Version + 1 };
        record.Profile = TenantRegistryStore.Serialize(changed);
        record.Version = changed.Version;
        record.UpdatedAt = now;
        db.AddIntegrationEvent(new TenantProfileChanged(slug, changed.Version, now), now);
        // Version is a concurrency token: of two edits at once, the second fails instead of undoing the first.
        await db.SaveChangesAsync(cancellationToken);
        catalog.Put(changed);
        logger.LogInformation("Tenant {Tenant} changed to version {Version}", slug, changed.Version);
        return TenantCatalog.WithDefaults(changed);
    }
}
