using System.ComponentModel.DataAnnotations;

namespace Wbs.ServiceDefaults.Tenancy;

public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>A JSON file of tenant profiles that fixes the catalogue (no registry is asked); for tests and single-file setups.</summary>
    public string? File { get; set; }

    /// <summary>
    /// How often an instance re-reads the registry besides the <c>TenantProfileChanged</c> events (which a
    /// service without a broker, the gateway and the web app, does not receive).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
