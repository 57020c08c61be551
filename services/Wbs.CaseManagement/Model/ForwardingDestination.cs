namespace Wbs.CaseManagement.Model;

/// <summary>Where a case can be forwarded: the national bodies, or another agency on this platform.</summary>
public sealed record ForwardingDestination(string Code, string Name, string? TenantSlug)
{
    private const string TenantPrefix = "tenant:";

    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        ["lapor"] = "SP4N-LAPOR!",
        ["kpk"] = "Komisi Pemberantasan Korupsi (KPK)",
        ["apip"] = "APIP / BPKP",
    };

    public bool IsTenant => TenantSlug is not null;

    /// <returns>The destination, or null when <paramref name="code"/> names no known body or agency.</returns>
    public static ForwardingDestination? Parse(string? code, TenantCatalog tenants)
    {
        if (code is null)
        {
            return null;
        }
        if (Bodies.TryGetValue(code, out var name))
        {
            return new ForwardingDestination(code, name, null);
        }
        return code.StartsWith(TenantPrefix, StringComparison.Ordinal) && tenants.Find(code[TenantPrefix.Length..]) is { IsPlatform: false } tenant
            ? new ForwardingDestination(code, tenant.Name, tenant.Slug)
            : null;
    }

    public static bool LooksValid(string? code) =>
        code is not null && (Bodies.ContainsKey(code) || (code.StartsWith(TenantPrefix, StringComparison.Ordinal) && code.Length > TenantPrefix.Length));

    public static string NameOf(string code, TenantCatalog tenants) => Parse(code, tenants)?.Name ?? code;
}
