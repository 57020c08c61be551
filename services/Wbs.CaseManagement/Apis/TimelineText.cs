namespace Wbs.CaseManagement.Apis;

internal static class TimelineText
{
    /// <summary>The text a timeline entry shows: the sealed text when there is one, otherwise the standard one.</summary>
    public static string? ForReporter(TimelineEntry entry, Case owner, TextSealer sealer) =>
        sealer.OpenOrNull(entry.Text, entry.Tenant, entry.Id) ?? entry.Kind switch
        {
            TimelineKind.Received => StandardTexts.ThankYou(owner.ResponseDueAt),
            TimelineKind.StatusChanged => StandardTexts.StatusChanged(entry.Status),
            _ => null,
        };
}
