namespace Wbs.ServiceDefaults.Tenancy;

public sealed record TenantProfile
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public string? Logo { get; init; }
    public string? Tagline { get; init; }
    public string? LegalBasis { get; init; }
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

    public DeadlineRule EffectiveDeadlineRule => DeadlineRule ?? new DeadlineRule { Days = ResponseDays, Unit = Tenancy.DeadlineRule.Calendar };

    public bool HasCategory(string? code) => code is not null && Categories.Any(c => c.Code == code);
}

public sealed record TenantContact
{
    public string? Address { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
    public IReadOnlyList<string> Phones { get; init; } = [];
}

public sealed record TenantCategory(string Code, string Label);

public sealed record TenantFaq(string Q, string A);
