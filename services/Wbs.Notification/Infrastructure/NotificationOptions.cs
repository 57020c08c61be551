using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Wbs.Notification.Infrastructure;

/// <summary>The <c>Notification</c> configuration section.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notification";

    [ValidateObjectMembers]
    public SmtpOptions Smtp { get; set; } = new();
    /// <summary>Where .eml files go when no SMTP host is configured.</summary>
    public string? PickupDirectory { get; set; }
    /// <summary>Staff mailbox per tenant slug; <c>default</c> serves tenants without their own.</summary>
    public Dictionary<string, string> StaffInbox { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    [Required]
    public string From { get; set; } = "wbs-noreply@localhost";
    /// <summary>The public address of the gateway, for links in e-mails.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:8080";

    public string? StaffAddressFor(string tenant) =>
        StaffInbox.GetValueOrDefault(tenant) ?? StaffInbox.GetValueOrDefault("default");

    public string CaseLink(string tenant, string trackingNumber) =>
        $"{PublicBaseUrl.TrimEnd('/')}/{Uri.EscapeDataString(tenant)}/staff/cases/{Uri.EscapeDataString(trackingNumber)}";
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    [Range(1, 65535)]
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
}
