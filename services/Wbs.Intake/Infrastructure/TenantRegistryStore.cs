using System.Text.Json;

namespace Wbs.Intake.Infrastructure;

/// <summary>The tenant registry in Intake's database: the one source every service's catalogue follows.</summary>
public sealed class TenantRegistryStore(IntakeDbContext db) : ITenantRegistry
{
    public async Task<IReadOnlyList<TenantProfile>> ListAsync(CancellationToken cancellationToken)
    {
        var records = await db.TenantRecords.AsNoTracking().OrderBy(t => t.Slug).ToListAsync(cancellationToken);
        return [.. records.Select(ToProfile)];
    }

    public static TenantProfile ToProfile(TenantRecord record) =>
        JsonSerializer.Deserialize<TenantProfile>(record.Profile, TenantCatalog.Json)! with { Version = record.Version, Kind = record.Kind };

    /// <summary>The profile as stored: the platform's national holidays are not copied into it.</summary>
    public static string Serialize(TenantProfile profile) =>
        JsonSerializer.Serialize(profile with { Holidays = SameAsNational(profile.Holidays) ? [] : profile.Holidays }, TenantCatalog.Json);

    private static bool SameAsNational(IReadOnlyList<TenantHoliday> holidays) =>
        holidays.Count == 0 || holidays.SequenceEqual(TenantCatalog.NationalHolidays());
}
