namespace Wbs.Contracts.Api;

/// <summary>
/// A tenant as the platform admin creates or edits it (<c>/api/platform/tenants</c>), or the texts a tenant
/// admin edits (<c>PUT /api/{tenant}/profile</c>: only the content fields are taken there).
/// </summary>
public sealed record TenantRequest
{
    public string? Slug { get; init; }
    public string? Name { get; init; }
    public string? ShortName { get; init; }
    public string? AccountFlow { get; init; }
    public DeadlineRule? DeadlineRule { get; init; }
    public string? TimeZone { get; init; }
    public int? AcknowledgementDays { get; init; }
    public int? RetentionYears { get; init; }
    /// <summary>One year of the working-day calendar (national holidays and cuti bersama); other years stay.</summary>
    public HolidayYearRequest? Holidays { get; init; }
    // Content: what a tenant admin edits too.
    public string? Logo { get; init; }
    public string? ThemeColor { get; init; }
    /// <summary><c>id</c> or <c>en</c>: the language of the staff mailbox's e-mails.</summary>
    public string? StaffLanguage { get; init; }
    public string? Tagline { get; init; }
    public string? TaglineEn { get; init; }
    public string? LegalBasis { get; init; }
    public string? LegalBasisEn { get; init; }
    public TenantContact? Contact { get; init; }
    public IReadOnlyList<TenantCategory>? Categories { get; init; }
    public IReadOnlyList<TenantFaq>? Faq { get; init; }
    public IReadOnlyList<TenantItem>? Services { get; init; }
    public IReadOnlyList<TenantItem>? ReportSteps { get; init; }
    public IReadOnlyList<TenantItem>? Flow { get; init; }
    public IReadOnlyList<TenantItem>? FlowDetail { get; init; }
}
