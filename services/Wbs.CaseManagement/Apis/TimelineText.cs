namespace Wbs.CaseManagement.Apis;

internal static class TimelineText
{
    /// <summary>
    /// The text a timeline entry shows in <paramref name="language"/>: the sealed text when there is one (the system's own
    /// two-language texts reduced to the reader's half), otherwise the standard one, dates in the tenant's zone.
    /// </summary>
    public static string? ForReporter(TimelineEntry entry, Case owner, TextSealer sealer, string language, TenantProfile tenant) =>
        sealer.OpenOrNull(entry.Text, entry.Tenant, entry.Id) is { } text
            ? StandardTexts.InLanguage(text, language)
            : entry.Kind switch
            {
                TimelineKind.Received => StandardTexts.ThankYou(owner.ResponseDueAt, language, tenant.TimeZone),
                TimelineKind.StatusChanged => StandardTexts.StatusChanged(entry.Status, language),
                _ => null,
            };
}
