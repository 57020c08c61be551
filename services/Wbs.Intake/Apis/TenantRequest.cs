namespace Wbs.Intake.Apis;

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

    /// <summary>A new agency's profile.</summary>
    public TenantProfile ToProfile() => ApplyRules(ApplyContent(new TenantProfile { Slug = Slug!, Name = Name!, Contact = new TenantContact() }));

    /// <summary>The platform admin's edit: name, rules, calendar and content.</summary>
    public TenantProfile ApplyRules(TenantProfile t) => ApplyCalendar(t) with
    {
        Name = Name ?? t.Name,
        ShortName = ShortName ?? t.ShortName,
        AccountFlow = AccountFlow ?? t.AccountFlow,
        AcknowledgementDays = AcknowledgementDays ?? t.AcknowledgementDays,
    };

    /// <summary>What a tenant admin edits beside the content: the response duty, time zone, days off and retention.</summary>
    public TenantProfile ApplyCalendar(TenantProfile t) => t with
    {
        DeadlineRule = DeadlineRule ?? t.DeadlineRule,
        ResponseDays = DeadlineRule?.Days ?? t.ResponseDays,
        TimeZone = TimeZone ?? t.TimeZone,
        RetentionYears = RetentionYears ?? t.RetentionYears,
        Holidays = Holidays?.ApplyTo(TenantCatalog.WithDefaults(t).Holidays) ?? t.Holidays,
    };

    /// <summary>The tenant admin's whole edit (<c>PUT /api/{tenant}/profile</c>).</summary>
    public TenantProfile ApplyTenantAdmin(TenantProfile t) => ApplyContent(ApplyCalendar(t));

    /// <summary>The tenant admin's edit: texts, FAQ, categories, flows, colour and logo; a field left out stays.</summary>
    public TenantProfile ApplyContent(TenantProfile t) => t with
    {
        Logo = Logo ?? t.Logo,
        ThemeColor = ThemeColor ?? t.ThemeColor,
        StaffLanguage = StaffLanguage ?? t.StaffLanguage,
        Tagline = Tagline ?? t.Tagline,
        TaglineEn = TaglineEn ?? t.TaglineEn,
        LegalBasis = LegalBasis ?? t.LegalBasis,
        LegalBasisEn = LegalBasisEn ?? t.LegalBasisEn,
        Contact = Contact ?? t.Contact,
        Categories = Categories ?? t.Categories,
        Faq = Faq ?? t.Faq,
        Services = Services ?? t.Services,
        ReportSteps = ReportSteps ?? t.ReportSteps,
        Flow = Flow ?? t.Flow,
        FlowDetail = FlowDetail ?? t.FlowDetail,
    };
}
