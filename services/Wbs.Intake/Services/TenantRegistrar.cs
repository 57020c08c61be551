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

    /// <param name="expectedVersion">The version the edit was made from (<c>If-Match</c>); null to edit whatever is current.</param>
    public async Task<TenantUpdate> UpdateAsync(
        string slug, long? expectedVersion, Func<TenantProfile, TenantProfile> change, CancellationToken cancellationToken)
    {
        var record = await db.TenantRecords.FirstOrDefaultAsync(t => t.Slug == slug && t.Kind == TenantProfile.AgencyKind, cancellationToken);
        if (record is null)
        {
            return new TenantUpdate.Unknown();
        }
        if (expectedVersion is { } expected && expected != record.Version)
        {
            return new TenantUpdate.Stale(record.Version);
        }
        var now = clock.GetUtcNow();
        var changed = change(TenantRegistryStore.ToProfile(record)) with { Slug = slug, Kind = record.Kind, Version = record.Version + 1 };
        record.Profile = TenantRegistryStore.Serialize(changed);
        record.Version = changed.Version;
        record.UpdatedAt = now;
        db.AddIntegrationEvent(new TenantProfileChanged(slug, changed.Version, now), now);
        try
        {
            // Version is a concurrency token: of two edits at once, the second fails instead of undoing the first.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.TenantRecords.AsNoTracking().Where(t => t.Slug == slug).Select(t => t.Version).FirstAsync(cancellationToken);
            return new TenantUpdate.Stale(current);
        }
        catalog.Put(changed);
        logger.LogInformation("Tenant {Tenant} changed to version {Version}", slug, changed.Version);
        return new TenantUpdate.Changed(TenantCatalog.WithDefaults(changed));
    }
}
