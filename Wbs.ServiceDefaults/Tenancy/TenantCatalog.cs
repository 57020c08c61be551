using System.Text.Json;

namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>
/// The tenant profiles every service shares. Shipped as seed data inside this library;
/// <c>Tenancy:File</c> points at a JSON file of the same shape to serve other agencies.
/// </summary>
public sealed class TenantCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, TenantProfile> _tenants;

    public TenantCatalog(IEnumerable<TenantProfile> tenants) =>
        _tenants = tenants.ToDictionary(t => t.Slug, StringComparer.Ordinal);

    public IReadOnlyCollection<TenantProfile> All => _tenants.Values;

    public TenantProfile? Find(string? slug) => slug is not null && _tenants.TryGetValue(slug, out var t) ? t : null;

    /// <summary>Indonesia's national holidays and cuti bersama (SKB 3 Menteri), the seed of every tenant's calendar.</summary>
    public static IReadOnlyList<TenantHoliday> NationalHolidays()
    {
        using var stream = typeof(TenantCatalog).Assembly.GetManifestResourceStream("Wbs.Tenancy.holidays-id.json")!;
        return JsonSerializer.Deserialize<List<TenantHoliday>>(stream, Json) ?? [];
    }

    public static TenantCatalog Load(string? file)
    {
        using var stream = file is { Length: > 0 }
            ? File.OpenRead(file)
            : typeof(TenantCatalog).Assembly.GetManifestResourceStream("Wbs.Tenancy.tenants.json")!;
        var tenants = JsonSerializer.Deserialize<List<TenantProfile>>(stream, Json) ?? [];
        var national = NationalHolidays();
        return new TenantCatalog(tenants.Select(t => t.Holidays.Count == 0 ? t with { Holidays = national } : t));
    }
}
