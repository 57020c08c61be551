using Microsoft.EntityFrameworkCore;
using static Wbs.CaseManagement.Tests.Http;

namespace Wbs.CaseManagement.Tests;

/// <summary>
/// <c>POST /internal/{tenant}/complaints/content-reads</c>, which Intake asks before it releases titles or
/// search matches: every match of a large search is answered, within the caller's case access, and audited once.
/// </summary>
public sealed class ContentReadTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string ContentReads = $"/internal/{CaseManagementHost.Tenant}/complaints/content-reads";

    private CaseManagementHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await CaseManagementHost.StartAsync(infra);
        _host.CallingService = "intake";
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_search_matching_more_cases_than_a_page_of_titles_is_answered_whole_and_audited_once()
    {
        var investigatorId = Guid.NewGuid();
        var numbers = await SeedCasesAsync(600, assignEvery: 100, investigatorId);

        using var supervisor = _host.Staff("supervisor");
        var searched = await (await supervisor.Post(ContentReads, new { purpose = "search", trackingNumbers = numbers })).JsonAsync();
        Assert.Equal(numbers.Order(StringComparer.Ordinal), Allowed(searched));
        var entry = await _host.WithDbAsync(db => db.Audit.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync(Ct));
        Assert.Equal((AuditActions.TitlesSearched, "count=600", (string?)null), (entry.Action, entry.Detail, entry.TrackingNumber));

        // An investigator's search names only the six cases assigned to them.
        using var investigator = _host.Staff(investigatorId, ["investigator"]);
        var own = await (await investigator.Post(ContentReads, new { purpose = "search", trackingNumbers = numbers })).JsonAsync();
        Assert.Equal(numbers.Where((_, i) => i % 100 == 0).Order(StringComparer.Ordinal), Allowed(own));

        // A page of titles is never that long: such a question is answered for its first 500.
        var titles = await (await supervisor.Post(ContentReads, new { purpose = "titles", trackingNumbers = numbers })).JsonAsync();
        Assert.Equal(500, Allowed(titles).Length);
    }

    private static string[] Allowed(JsonElement answer) => [.. answer.GetProperty("allowed").EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>Cases written straight to the database (hundreds through the broker would only slow the test).</summary>
    private Task<string[]> SeedCasesAsync(int count, int assignEvery, Guid assignee) => _host.WithDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var cases = Enumerable.Range(0, count).Select(i => new Case
        {
            Id = Guid.CreateVersion7(),
            Tenant = CaseManagementHost.Tenant,
            TrackingNumber = CaseManagementHost.NewTrackingNumber(),
            Category = "korupsi",
            ReporterType = "external",
            Status = CaseStatus.Received,
            SubmittedAt = now,
            ResponseDueAt = now.AddDays(30),
            LastUpdateAt = now,
            AssigneeId = i % assignEvery == 0 ? assignee : null,
        }).ToList();
        db.Cases.AddRange(cases);
        await db.SaveChangesAsync(Ct);
        return cases.Select(c => c.TrackingNumber).ToArray();
    });
}
