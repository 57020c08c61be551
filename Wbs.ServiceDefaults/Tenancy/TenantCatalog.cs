using System.Text.Json;

namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>
/// The tenant profiles as this instance knows them: a snapshot of the registry (owned by Intake), kept
/// fresh by <see cref="TenantCatalogRefresher"/>. It starts from the seed tenants shipped in this library
/// (the registry's first import), or from <c>Tenancy:File</c>, a JSON file of the same shape that fixes
/// the catalogue (no registry is asked then).
/// </summary>
public sealed class TenantCatalog
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private volatile Dictionary<string, TenantProfile> _tenants;

    public TenantCatalog(IEnumerable<TenantProfile> tenants) => _tenants = Index(tenants);

    /// <summary>Every tenant, the platform's own included.</summary>
    public IReadOnlyCollection<TenantProfile> All => _tenants.Values;

    /// <summary>The agencies: what the public site lists.</summary>
    public IEnumerable<TenantProfile> Agencies => _tenants.Values.Where(t => !t.IsPlatform).OrderBy(t => t.Name, StringComparer.Ordinal);

    public TenantProfile? Find(string? slug) => slug is not null && _tenants.TryGetValue(slug, out var t) ? t : null;

    /// <summary>
    /// Takes the registry's list; an empty one (a registry not seeded yet) changes nothing. A tenant this instance
    /// already holds in a newer version keeps it: a list read before an edit committed must not undo that edit.
    /// </summary>
    public void Replace(IEnumerable<TenantProfile> tenants)
    {
        var listed = Index(tenants);
        if (listed.Count > 0)
        {
            Swap(current =>
            {
                var next = new Dictionary<string, TenantProfile>(listed, StringComparer.Ordinal);
                foreach (var (slug, known) in current)
                {
                    if (next.TryGetValue(slug, out var read) && known.Version > read.Version)
                    {
                        next[slug] = known;
                    }
                }
                return next;
            });
        }
    }

    /// <summary>One tenant created or changed, unless this instance already holds a newer version.</summary>
    public void Put(TenantProfile tenant) => Swap(current =>
        current.TryGetValue(tenant.Slug, out var known) && known.Version > tenant.Version
            ? current
            : new Dictionary<string, TenantProfile>(current, StringComparer.Ordinal) { [tenant.Slug] = WithDefaults(tenant) });

    /// <summary>Copy-on-write with compare-and-swap, so of two writes at once neither is lost.</summary>
    private void Swap(Func<Dictionary<string, TenantProfile>, Dictionary<string, TenantProfile>> change)
    {
        while (true)
        {
            var current = _tenants;
            var next = change(current);
            if (ReferenceEquals(next, current) || ReferenceEquals(Interlocked.CompareExchange(ref _tenants, next, current), current))
            {
                return;
            }
        }
    }

    /// <summary>A tenant without its own days off keeps the platform's national list.</summary>
    public static TenantProfile WithDefaults(TenantProfile tenant) =>
        tenant.Holidays.Count == 0 ? tenant with { Holidays = NationalHolidays() } : tenant;

    /// <summary>Indonesia's national holidays and cuti bersama (SKB 3 Menteri), the seed of every tenant's calendar.</summary>
    public static IReadOnlyList<TenantHoliday> NationalHolidays() => National.Value;

    private static readonly Lazy<IReadOnlyList<TenantHoliday>> National = new(() =>
    {
        using var stream = typeof(TenantCatalog).Assembly.GetManifestResourceStream("Wbs.Tenancy.holidays-id.json")!;
        return JsonSerializer.Deserialize<List<TenantHoliday>>(stream, Json) ?? [];
    });

    /// <summary>The seed tenants (or those of <paramref name="file"/>).</summary>
    public static IReadOnlyList<TenantProfile> Seeds(string? file)
    {
        using var stream = file is { Length: > 0 }
            ? File.OpenRead(file)
            : typeof(TenantCatalog).Assembly.GetManifestResourceStream("Wbs.Tenancy.tenants.json")!;
        return JsonSerializer.Deserialize<List<TenantProfile>>(stream, Json) ?? [];
    }

    public static TenantCatalog Load(string? file) => new(Seeds(file));

    private static Dictionary<string, TenantProfile> Index(IEnumerable<TenantProfile> tenants) =>
        tenants.Select(WithDefaults).ToDictionary(t => t.Slug, StringComparer.Ordinal);
}
