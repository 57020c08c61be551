using System.ComponentModel.DataAnnotations;

namespace Wbs.ServiceDefaults.Auth;

/// <summary>The <c>ServiceIdentity</c> section: this service's client credentials, and (Identity only) every client's secret.</summary>
public sealed class ServiceIdentityOptions
{
    public const string Section = "ServiceIdentity";

    /// <summary>This service's name, e.g. <c>casemanagement</c>; without it the service calls peers with no service identity (and is refused).</summary>
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>Identity only: client id → client secret of every service that may get a service token.</summary>
    public Dictionary<string, string> Clients { get; set; } = [];
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
