namespace Wbs.CaseManagement.Services;

/// <summary>
/// Read-your-writes for a report whose case is not open here yet (its <see cref="ComplaintSubmitted"/> is still on
/// its way, e.g. behind a burst): the reporter's own token reaches it at Intake, so it is shown as received from
/// Intake's record instead of missing. Nothing is written here; the case opens when the event arrives.
/// </summary>
internal static class NotYetOpenedReports
{
    /// <summary>At most this many look-ups per answer: a fresh code or a few fresh links, never a whole list.</summary>
    private const int MaxLookups = 10;

    /// <summary>The tracking numbers the caller follows (its code's, or the account's links in Identity) with no case here.</summary>
    public static IReadOnlyList<string> Missing(ClaimsPrincipal user, IReadOnlyCollection<string>? linked, IReadOnlySet<string> known) =>
        [.. (user.CodeTrackingNumber() is { } own ? [own] : linked ?? []).Where(tn => !known.Contains(tn)).Distinct().Take(MaxLookups)];

    /// <summary>Those of <paramref name="trackingNumbers"/> that Intake shows to the caller (its own access rules).</summary>
    public static async Task<List<ComplaintContentResponse>> FetchAsync(CaseServices services, string tenant, IReadOnlyList<string> trackingNumbers,
        CancellationToken cancellationToken)
    {
        var found = new List<ComplaintContentResponse>();
        foreach (var trackingNumber in trackingNumbers)
        {
            try
            {
                if (await services.Content.GetComplaintAsync(tenant, trackingNumber, cancellationToken) is { } content
                    && content.TrackingNumber == trackingNumber)
                {
                    found.Add(content);
                }
            }
            catch (PeerUnavailableException)
            {
                services.Logger.LogWarning("Intake unavailable: {Count} reports not open yet are left out", trackingNumbers.Count - found.Count);
                break;
            }
        }
        return found;
    }

    public static ReportSummary Summary(ComplaintContentResponse c) =>
        new(c.TrackingNumber, c.Title, CaseStatus.Received, CaseStatus.Label(CaseStatus.Received), c.SubmittedAt, c.ResponseDueAt, c.SubmittedAt, 0);

    public static ReportDetail Detail(ComplaintContentResponse c, string language, TenantProfile tenant) =>
        new(c.TrackingNumber, c.Title, CaseStatus.Received, CaseStatus.Label(CaseStatus.Received), c.SubmittedAt, c.ResponseDueAt,
            [new ReportTimelineItem(c.SubmittedAt, CaseStatus.Received, CaseStatus.Label(CaseStatus.Received),
                StandardTexts.ThankYou(c.ResponseDueAt, language, tenant.TimeZone))],
            [], []);
}
