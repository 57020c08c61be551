namespace Wbs.Intake.Apis;

/// <summary>The public profile: everything the public site shows (texts with their English twins, FAQ, flows, colour, logo).</summary>
public sealed record ProfileResponse(
    string Slug,
    string Name,
    string? ShortName,
    string? Logo,
    string? Tagline,
    string? LegalBasis,
    IReadOnlyList<TenantCategory> Categories,
    int ResponseDays,
    int AcknowledgementDays,
    string AccountFlow,
    long MaxEvidenceBytes,
    TenantContact Contact,
    IReadOnlyList<TenantFaq> Faq,
    DeadlineRule DeadlineRule,
    string TimeZone)
{
    public string? TaglineEn { get; init; }
    public string? LegalBasisEn { get; init; }
    public string? ThemeColor { get; init; }
    public IReadOnlyList<TenantItem> Services { get; init; } = [];
    public IReadOnlyList<TenantItem> ReportSteps { get; init; } = [];
    public IReadOnlyList<TenantItem> Flow { get; init; } = [];
    public IReadOnlyList<TenantItem> FlowDetail { get; init; } = [];
    public long Version { get; init; }
    /// <summary>The language of the staff mailbox's e-mails (<c>id</c> or <c>en</c>), for the console's profile form.</summary>
    public string StaffLanguage { get; init; } = TenantLanguages.Indonesian;
    /// <summary>Days off of every year the calendar holds (the platform's national list unless the agency edited it).</summary>
    public IReadOnlyList<TenantHoliday> Holidays { get; init; } = [];
    /// <summary>Years a closed case keeps its content, evidence and sealed identity before they are destroyed.</summary>
    public int RetentionYears { get; init; }

    public static ProfileResponse From(TenantProfile t) => new(
        t.Slug, t.Name, t.ShortName, t.Logo, t.Tagline, t.LegalBasis, t.Categories, t.EffectiveDeadlineRule.Days,
        t.AcknowledgementDays, t.AccountFlow, t.MaxEvidenceBytes, t.Contact, t.Faq, t.EffectiveDeadlineRule, t.TimeZone)
    {
        TaglineEn = t.TaglineEn,
        LegalBasisEn = t.LegalBasisEn,
        ThemeColor = t.ThemeColor,
        Services = t.Services,
        ReportSteps = t.ReportSteps,
        Flow = t.Flow,
        FlowDetail = t.FlowDetail,
        Version = t.Version,
        StaffLanguage = t.StaffLanguage,
        Holidays = TenantCatalog.WithDefaults(t).Holidays,
        RetentionYears = t.RetentionYears,
    };
}
