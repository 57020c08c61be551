namespace Wbs.Intake.Apis;

/// <summary>What a tenant request does to a profile: the registry's rules for creating and editing a tenant.</summary>
public static class TenantRequestExtensions
{
    /// <summary>A new agency's profile.</summary>
    public static TenantProfile ToProfile(this TenantRequest r) =>
        r.ApplyRules(r.ApplyContent(new TenantProfile { Slug = r.Slug!, Name = r.Name!, Contact = new TenantContact() }));

    /// <summary>The platform admin's edit: name, rules, calendar and content.</summary>
    public static TenantProfile ApplyRules(this TenantRequest r, TenantProfile t) => r.ApplyCalendar(t) with
    {
        Name = r.Name ?? t.Name,
        ShortName = r.ShortName ?? t.ShortName,
        AccountFlow = r.AccountFlow ?? t.AccountFlow,
        AcknowledgementDays = r.AcknowledgementDays ?? t.AcknowledgementDays,
    };

    /// <summary>What a tenant admin edits beside the content: the response duty, time zone, days off and retention.</summary>
    public static TenantProfile ApplyCalendar(this TenantRequest r, TenantProfile t) => t with
    {
        DeadlineRule = r.DeadlineRule ?? t.DeadlineRule,
        ResponseDays = r.DeadlineRule?.Days ?? t.ResponseDays,
        TimeZone = r.TimeZone ?? t.TimeZone,
        RetentionYears = r.RetentionYears ?? t.RetentionYears,
        Holidays = r.Holidays?.ApplyTo(TenantCatalog.WithDefaults(t).Holidays) ?? t.Holidays,
    };

    /// <summary>The tenant admin's whole edit (<c>PUT /api/{tenant}/profile</c>).</summary>
    public static TenantProfile ApplyTenantAdmin(this TenantRequest r, TenantProfile t) => r.ApplyContent(r.ApplyCalendar(t));

    /// <summary>The tenant admin's edit: texts, FAQ, categories, flows, colour and logo; a field left out stays.</summary>
    public static TenantProfile ApplyContent(this TenantRequest r, TenantProfile t) => t with
    {
        Logo = r.Logo ?? t.Logo,
        ThemeColor = r.ThemeColor ?? t.ThemeColor,
        StaffLanguage = r.StaffLanguage ?? t.StaffLanguage,
        Tagline = r.Tagline ?? t.Tagline,
        TaglineEn = r.TaglineEn ?? t.TaglineEn,
        LegalBasis = r.LegalBasis ?? t.LegalBasis,
        LegalBasisEn = r.LegalBasisEn ?? t.LegalBasisEn,
        Contact = r.Contact ?? t.Contact,
        Categories = r.Categories ?? t.Categories,
        Faq = r.Faq ?? t.Faq,
        Services = r.Services ?? t.Services,
        ReportSteps = r.ReportSteps ?? t.ReportSteps,
        Flow = r.Flow ?? t.Flow,
        FlowDetail = r.FlowDetail ?? t.FlowDetail,
    };
}
