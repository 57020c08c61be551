namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>Indonesia's three zones by their IANA names: WIB, WITA and WIT.</summary>
public static class TenantTimeZones
{
    public const string Wib = "Asia/Jakarta";
    public const string Wita = "Asia/Makassar";
    public const string Wit = "Asia/Jayapura";

    public static readonly string[] All = [Wib, Wita, Wit];

    public static bool IsKnown(string? id) => id is not null && All.Contains(id);

    /// <summary>The zone, or WIB for anything else (the tenant validator refuses other names before they are stored).</summary>
    public static TimeZoneInfo Find(string? id) => TimeZoneInfo.FindSystemTimeZoneById(IsKnown(id) ? id! : Wib);

    public static string Abbreviation(string? id) => id switch { Wita => "WITA", Wit => "WIT", _ => "WIB" };
}
