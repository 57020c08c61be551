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
    /// <summary>The agency's IANA time zone (Asia/Jakarta WIB, Asia/Makassar WITA, Asia/Jayapura WIT).</summary>
    public string TimeZone { get; init; } = "Asia/Jakarta";
    /// <summary><c>code-first</c>, <c>account-first</c> or <c>both</c>.</summary>
    public string AccountFlow { get; init; } = "both";
    public long MaxEvidenceBytes { get; init; } = 25L * 1024 * 1024;
    /// <summary>Limit for video and audio evidence (phone videos are large); documents and pictures keep <see cref="MaxEvidenceBytes"/>.</summary>
    public long MaxMediaBytes { get; init; } = 1024L * 1024 * 1024;
    public required TenantContact Contact { get; init; }
    public IReadOnlyList<TenantCategory> Categories { get; init; } = [];
    public IReadOnlyList<TenantFaq> Faq { get; init; } = [];

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
