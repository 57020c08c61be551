namespace Wbs.Intake.Apis;

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
    public static ProfileResponse From(TenantProfile t) => new(
        t.Slug, t.Name, t.ShortName, t.Logo, t.Tagline, t.LegalBasis, t.Categories, t.EffectiveDeadlineRule.Days,
        t.AcknowledgementDays, t.AccountFlow, t.MaxEvidenceBytes, t.Contact, t.Faq, t.EffectiveDeadlineRule, t.TimeZone);
}
