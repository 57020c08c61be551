namespace Wbs.ServiceDefaults.Tenancy;

public sealed record TenantProfile
{
    /// <summary>The platform's own tenant: home of the platform admins, never a public site or an agency's paths.</summary>
    public const string PlatformSlug = "platform";
    public const string AgencyKind = "agency";
    public const string PlatformKind = "platform";

    public required string Slug { get; init; }
    public required string Name { get; init; }
    /// <summary><c>agency</c> (default) or <c>platform</c>.</summary>
    public string Kind { get; init; } = AgencyKind;
    /// <summary>Incremented by the registry at every change.</summary>
    public long Version { get; init; }
    public string? ShortName { get; init; }
    public string? Logo { get; init; }
    public string? Tagline { get; init; }
    public string? TaglineEn { get; init; }
    public string? LegalBasis { get; init; }
    public string? LegalBasisEn { get; init; }
    /// <summary>The public site's accent colour (#rrggbb); white text must read on it (4.5:1), else the default is used.</summary>
    public string? ThemeColor { get; init; }
    public int ResponseDays { get; init; } = 30;
    public int AcknowledgementDays { get; init; } = 3;
    /// <summary><c>code-first</c>, <c>account-first</c> or <c>both</c>.</summary>
    public string AccountFlow { get; init; } = "both";
    public long MaxEvidenceBytes { get; init; } = 25L * 1024 * 1024;
    /// <summary>Limit for video and audio evidence (phone videos are large); documents and pictures keep <see cref="MaxEvidenceBytes"/>.</summary>
    public long MaxMediaBytes { get; init; } = 1024L * 1024 * 1024;
    /// <summary>
    /// Years a closed or rejected case keeps its content, evidence and sealed identity before they are
    /// destroyed (the case's metadata stays for statistics).
    /// </summary>
    public int RetentionYears { get; init; } = 5;
    public required TenantContact Contact { get; init; }
    public IReadOnlyList<TenantCategory> Categories { get; init; } = [];
    public IReadOnlyList<TenantFaq> Faq { get; init; } = [];
    /// <summary>The response duty in calendar or working days; without one, <see cref="ResponseDays"/> calendar days.</summary>
    public DeadlineRule? DeadlineRule { get; init; }
    /// <summary>IANA zone of the agency (<see cref="TenantTimeZones"/>): its days, for working days and dates shown.</summary>
    public string TimeZone { get; init; } = TenantTimeZones.Wib;
    /// <summary>Days off per year (national holidays and cuti bersama); the platform's national list when a tenant has none of its own.</summary>
    public IReadOnlyList<TenantHoliday> Holidays { get; init; } = [];
    /// <summary>Language of the e-mails the agency's staff mailbox receives (<see cref="TenantLanguages"/>): one language, not both.</summary>
    public string StaffLanguage { get; init; } = TenantLanguages.Indonesian;

    public DeadlineRule EffectiveDeadlineRule => DeadlineRule ?? new DeadlineRule { Days = ResponseDays, Unit = Contracts.Api.DeadlineRule.Calendar };
    /// <summary>Cards about the service (Komdigi's "Layanan").</summary>
    public IReadOnlyList<TenantItem> Services { get; init; } = [];
    /// <summary>"Cara melapor": the steps of the tenant's main path.</summary>
    public IReadOnlyList<TenantItem> ReportSteps { get; init; } = [];
    /// <summary>"Alur pengaduan": the short flow of how a report is handled, and the detailed one.</summary>
    public IReadOnlyList<TenantItem> Flow { get; init; } = [];
    public IReadOnlyList<TenantItem> FlowDetail { get; init; } = [];

    public bool IsPlatform => Kind == PlatformKind;

    public bool HasCategory(string? code) => code is not null && Categories.Any(c => c.Code == code);
}
