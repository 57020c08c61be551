using Microsoft.EntityFrameworkCore;
using static Wbs.CaseManagement.Tests.CaseManagementHost;

namespace Wbs.CaseManagement.Tests;

public sealed class WorkflowTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private CaseManagementHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    public static TheoryData<string, string> Allowed()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in CaseStatus.All)
        {
            foreach (var to in CaseStatus.AllowedFrom(from))
            {
                data.Add(from, to);
            }
        }
        return data;
    }

    public static TheoryData<string, string> Forbidden()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in CaseStatus.All)
        {
            foreach (var to in CaseStatus.All.Where(to => !CaseStatus.CanMove(from, to)))
            {
                data.Add(from, to);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task Transition_Allowed_Succeeds(string from, string to)
    {
        var (_, trackingNumber) = await _host.SubmitAsync();
        await _host.MoveToAsync(trackingNumber, from);
        using var admin = _host.Staff("admin");
        var state = await (await admin.Post(Path($"cases/{trackingNumber}/transitions"), Transition(to))).JsonAsync();
        Assert.Equal(to, state.Str("status"));
        Assert.Equal(CaseStatus.Label(to), state.Str("statusLabel"));
        await _host.Probe.WaitForAsync<CaseStatusChanged>(e => e.TrackingNumber == trackingNumber && e.From == from && e.To == to);
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task Transition_Forbidden_Answers409WithAllowedStatusesAndChangesNothing(string from, string to)
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync();
        await _host.MoveToAsync(trackingNumber, from);
        var entriesBefore = await _host.WithDbAsync(db => db.Timeline.CountAsync(t => t.CaseId == complaintId, Http.Ct));
        using var admin = _host.Staff("admin");
        var problem = await (await admin.Post(Path($"cases/{trackingNumber}/transitions"), Transition(to))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(CaseStatus.AllowedFrom(from), problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()!).ToList());
        Assert.Equal(from, await _host.WithDbAsync(db => db.Cases.Where(c => c.Id == complaintId).Select(c => c.Status).SingleAsync(Http.Ct)));
        Assert.Equal(entriesBefore, await _host.WithDbAsync(db => db.Timeline.CountAsync(t => t.CaseId == complaintId, Http.Ct)));
    }

    [Fact]
    public async Task Transition_ClosedWithoutOutcome_RejectedWithoutReason_UnknownStatus_AreValidationProblems()
    {
        var (_, trackingNumber) = await _host.SubmitAsync();
        await _host.MoveToAsync(trackingNumber, CaseStatus.InFollowUp);
        using var admin = _host.Staff("admin");
        var closed = await (await admin.Post(Path($"cases/{trackingNumber}/transitions"), new { to = "closed" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(closed.GetProperty("errors").TryGetProperty("outcome", out _));
        var badOutcome = await (await admin.Post(Path($"cases/{trackingNumber}/transitions"), new { to = "closed", outcome = "maybe" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badOutcome.GetProperty("errors").TryGetProperty("outcome", out _));
        var rejected = await (await admin.Post(Path($"cases/{trackingNumber}/transitions"), new { to = "rejected" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(rejected.GetProperty("errors").TryGetProperty("reason", out _));
        var unknown = await (await admin.Post(Path($"cases/{trackingNumber}/transitions"), new { to = "archived" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("to", out _));

        var done = await (await admin.Post(Path($"cases/{trackingNumber}/transitions"), new { to = "closed", outcome = "not_proven" })).JsonAsync();
        Assert.Equal("closed", done.Str("status"));
        Assert.Empty(done.GetProperty("allowedTransitions").EnumerateArray());
    }

    [Fact]
    public async Task ConcurrentTransitions_OneWinsTheOtherGets409()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync();
        using var first = _host.Staff("verifier");
        using var second = _host.Staff("supervisor");
        var body = new { to = "in_verification" };
        var responses = await Task.WhenAll(
            first.Post(Path($"cases/{trackingNumber}/transitions"), body),
            second.Post(Path($"cases/{trackingNumber}/transitions"), body));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK);
        await loser.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await _host.WithDbAsync(db => db.Timeline.CountAsync(t => t.CaseId == complaintId && t.Kind == TimelineKind.StatusChanged, Http.Ct)));
    }

    [Fact]
    public async Task Assignment_BySupervisorToActiveStaff_IsInTheTimelineAndPublished()
    {
        var (_, trackingNumber) = await _host.SubmitAsync();
        var investigator = Guid.NewGuid();
        var disabled = Guid.NewGuid();
        _host.Peers.AddStaff(investigator, "ina.investigator", ["investigator"]);
        _host.Peers.AddStaff(disabled, "lama", ["investigator"], disabled: true);

        using var verifier = _host.Staff("verifier");
        await (await verifier.Post(Path($"cases/{trackingNumber}/assignment"), new { assigneeId = investigator })).ProblemAsync(HttpStatusCode.Forbidden);
        using var supervisor = _host.Staff("supervisor");
        await (await supervisor.Post(Path($"cases/{trackingNumber}/assignment"), new { assigneeId = disabled })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await supervisor.Post(Path($"cases/{trackingNumber}/assignment"), new { assigneeId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await supervisor.Post(Path($"cases/{trackingNumber}/assignment"), new { })).ProblemAsync(HttpStatusCode.BadRequest);

        var state = await (await supervisor.Post(Path($"cases/{trackingNumber}/assignment"), new { assigneeId = investigator })).JsonAsync();
        Assert.Equal(investigator, state.GetProperty("assignee").GetProperty("id").GetGuid());
        await _host.Probe.WaitForAsync<CaseAssigned>(e => e.TrackingNumber == trackingNumber && e.AssigneeId == investigator);

        var detail = await (await supervisor.Get(Path($"cases/{trackingNumber}"))).JsonAsync();
        Assert.Equal("ina.investigator", detail.GetProperty("assignee").Str("name"));
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.Str("kind") == "assignment" && t.GetProperty("internal").GetBoolean());
    }

    [Fact]
    public async Task Investigator_SeesOnlyAssignedCases()
    {
        var (_, assigned) = await _host.SubmitAsync();
        var (_, unassigned) = await _host.SubmitAsync();
        var investigatorId = Guid.NewGuid();
        _host.Peers.AddStaff(investigatorId, "ina", ["investigator"]);
        using var supervisor = _host.Staff("supervisor");
        await (await supervisor.Post(Path($"cases/{assigned}/assignment"), new { assigneeId = investigatorId })).JsonAsync();

        using var investigator = _host.Staff(investigatorId, ["investigator"]);
        await (await investigator.Get(Path($"cases/{unassigned}"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await investigator.Post(Path($"cases/{unassigned}/transitions"), new { to = "in_verification" })).ProblemAsync(HttpStatusCode.Forbidden);
        var detail = await (await investigator.Get(Path($"cases/{assigned}"))).JsonAsync();
        Assert.Equal("Pungutan liar di kantor desa", detail.GetProperty("report").Str("title"));
        Assert.StartsWith("Isi laporan", detail.GetProperty("report").Str("what"));

        var list = await (await investigator.Get(Path("cases"))).JsonAsync();
        Assert.Equal([assigned], list.GetProperty("items").EnumerateArray().Select(i => i.Str("trackingNumber")));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Auditor_GetsNoContent()
    {
        var (_, trackingNumber) = await _host.SubmitAsync();
        using var auditor = _host.Staff("auditor");
        await (await auditor.Get(Path($"cases/{trackingNumber}"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await auditor.Get(Path("cases"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await auditor.Post(Path($"cases/{trackingNumber}/transitions"), new { to = "in_verification" })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(_host.Peers.Authorizations, a => a == auditor.DefaultRequestHeaders.Authorization!.ToString());
    }

    [Fact]
    public async Task AnotherTenantsStaffToken_Gets403()
    {
        var (_, trackingNumber) = await _host.SubmitAsync();
        using var foreign = _host.Staff(Guid.NewGuid(), ["admin"], tenant: "komdigi");
        await (await foreign.Get(Path("cases"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await foreign.Get(Path($"cases/{trackingNumber}"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await foreign.Post(Path($"cases/{trackingNumber}/transitions"), new { to = "in_verification" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await foreign.Get(Path("audit"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await foreign.Get(Path("statistics"))).ProblemAsync(HttpStatusCode.Forbidden);
        using var reporterToken = _host.Account(Guid.NewGuid());
        await (await reporterToken.Get(Path("cases"))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Inbox_FiltersByStatusAndSearchesTitlesAndTrackingNumbers()
    {
        var (_, a) = await _host.SubmitAsync("Proyek jalan desa mangkrak");
        var (_, b) = await _host.SubmitAsync("Gratifikasi perizinan");
        await _host.MoveToAsync(b, CaseStatus.InVerification);
        using var admin = _host.Staff("admin");

        int TitlesAsked() => _host.Peers.Requests.Count(r => r.EndsWith("/complaints/titles", StringComparison.Ordinal));
        var asked = TitlesAsked();
        var byTitle = await (await admin.Get(Path("cases?q=mangkrak"))).JsonAsync();
        Assert.Equal([(a, "Proyek jalan desa mangkrak")], byTitle.GetProperty("items").EnumerateArray().Select(i => (i.Str("trackingNumber"), i.Str("title"))));
        // The search brought its matches' titles: Intake is not asked (and does not audit) a second time for the page.
        Assert.Equal(asked, TitlesAsked());
        var byNumber = await (await admin.Get(Path($"cases?q={b[^6..]}"))).JsonAsync();
        Assert.Equal([(b, "Gratifikasi perizinan")], byNumber.GetProperty("items").EnumerateArray().Select(i => (i.Str("trackingNumber"), i.Str("title"))));
        Assert.Equal(asked + 1, TitlesAsked());
        // A tracking-number search that fills its page is counted after it: every number holds a "-".
        var all = await (await admin.Get(Path("cases?pageSize=1"))).JsonAsync();
        var byDash = await (await admin.Get(Path("cases?q=-&pageSize=1"))).JsonAsync();
        Assert.Equal(all.GetProperty("total").GetInt32(), byDash.GetProperty("total").GetInt32());
        Assert.True(byDash.GetProperty("total").GetInt32() >= 2);
        var byStatus = await (await admin.Get(Path("cases?status=in_verification"))).JsonAsync();
        Assert.Contains(b, byStatus.GetProperty("items").EnumerateArray().Select(i => i.Str("trackingNumber")));
        Assert.DoesNotContain(a, byStatus.GetProperty("items").EnumerateArray().Select(i => i.Str("trackingNumber")));
        await (await admin.Get(Path("cases?status=bogus"))).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.Get(Path("cases?pageSize=1000"))).ProblemAsync(HttpStatusCode.BadRequest);
        var paged = await (await admin.Get(Path("cases?pageSize=1&page=2"))).JsonAsync();
        Assert.Single(paged.GetProperty("items").EnumerateArray());
        Assert.True(paged.GetProperty("total").GetInt32() >= 2);
    }

    [Fact]
    public async Task Inbox_Total_IsExact_OnFullPartialEmptyAndCursorPages()
    {
        var word = "Jembatan" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await _host.SubmitAsync($"{word} retak {i}");
        }
        using var admin = _host.Staff("admin");

        async Task<(int Total, int Items, string? Next)> PageAsync(string query)
        {
            var page = await (await admin.Get(Path($"cases?q={word}&{query}"))).JsonAsync();
            return (page.GetProperty("total").GetInt32(), page.GetProperty("items").GetArrayLength(),
                page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString());
        }

        // Full first page (counted), partial second (told by the page), empty third (counted), one roomy page, a cursor page (counted).
        var full = await PageAsync("pageSize=2");
        var cursorQuery = $"pageSize=2&after={Uri.EscapeDataString(full.Next!)}";
        foreach (var (query, items) in new[] { ("pageSize=2", 2), ("pageSize=2&page=2", 1), ("pageSize=2&page=3", 0), ("pageSize=5", 3), (cursorQuery, 1) })
        {
            var page = await PageAsync(query);
            Assert.Equal((query, 3, items), (query, page.Total, page.Items));
        }
    }

    [Fact]
    public async Task Inbox_TitleSearch_PagesItsMatchesInInboxOrder_WithinTheStatusFilter()
    {
        var word = "Irigasi" + Guid.NewGuid().ToString("N")[..8];
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            numbers.Add((await _host.SubmitAsync($"{word} jebol {i}")).TrackingNumber);
        }
        await _host.MoveToAsync(numbers[1], CaseStatus.InVerification);
        await _host.MoveToAsync(numbers[3], CaseStatus.InVerification);
        using var admin = _host.Staff("admin");
        var inboxOrder = (await (await admin.Get(Path("cases?pageSize=100"))).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(i => i.Str("trackingNumber")).Where(numbers.Contains).ToList();

        async Task<List<string>> WalkAsync(string filter)
        {
            var walked = new List<string>();
            string? after = null;
            do
            {
                var page = await (await admin.Get(Path($"cases?q={word}&pageSize=2{filter}{(after is null ? "" : $"&after={after}")}"))).JsonAsync();
                Assert.Equal(filter == "" ? 5 : 2, page.GetProperty("total").GetInt32());
                walked.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.Str("trackingNumber")));
                after = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            }
            while (after is not null && walked.Count <= numbers.Count);
            return walked;
        }

        Assert.Equal(inboxOrder, await WalkAsync(""));
        Assert.Equal(inboxOrder.Where(n => n == numbers[1] || n == numbers[3]), await WalkAsync("&status=in_verification"));
        var third = await (await admin.Get(Path($"cases?q={word}&pageSize=2&page=3"))).JsonAsync();
        Assert.Equal([inboxOrder[4]], third.GetProperty("items").EnumerateArray().Select(i => i.Str("trackingNumber")));
        Assert.Equal(5, third.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Inbox_TitleSearch_PagesOnlyOpenCases_WhenIntakeKnowsAReportWhoseCaseIsNotOpenYet()
    {
        var word = "Bendungan" + Guid.NewGuid().ToString("N")[..8];
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add((await _host.SubmitAsync($"{word} bocor {i}")).TrackingNumber);
        }
        // Intake also holds a report due before all three whose ComplaintSubmitted has not reached CaseManagement yet.
        var early = _host.ComplaintSubmittedFor(submittedAt: _host.Clock.GetUtcNow().AddDays(-40));
        _host.Peers.Titles[early.TrackingNumber] = $"{word} belum dibuka";
        _host.Peers.Dates[early.TrackingNumber] = (early.SubmittedAt, early.ResponseDueAt);
        using var admin = _host.Staff("admin");
        var inboxOrder = (await (await admin.Get(Path("cases?pageSize=100"))).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(i => i.Str("trackingNumber")).Where(numbers.Contains).ToList();

        async Task<(List<string> Items, string? Next)> PageAsync(string query)
        {
            var page = await (await admin.Get(Path($"cases?q={word}&pageSize=2&{query}"))).JsonAsync();
            return ([.. page.GetProperty("items").EnumerateArray().Select(i => i.Str("trackingNumber"))],
                page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString());
        }

        // Numbered pages and the cursor alike: each open case once, in inbox order, none missing or repeated.
        var first = await PageAsync("page=1");
        Assert.Equal(inboxOrder, first.Items.Concat((await PageAsync("page=2")).Items));
        Assert.Equal(inboxOrder, first.Items.Concat((await PageAsync($"after={Uri.EscapeDataString(first.Next!)}")).Items));

        // Once its case opens, it leads the search.
        await _host.Probe.PublishAsync(early);
        await _host.WaitForCaseAsync(early.ComplaintId);
        Assert.Equal([early.TrackingNumber, inboxOrder[0]], (await PageAsync("page=1")).Items);
        Assert.Equal(inboxOrder[1..], (await PageAsync("page=2")).Items);
    }

    [Fact]
    public async Task Inbox_KeysetCursor_WalksEveryCaseOnceInPageOrder_AndRefusesABrokenCursor()
    {
        for (var i = 0; i < 5; i++)
        {
            await _host.SubmitAsync($"Laporan halaman {i}");
        }
        using var admin = _host.Staff("admin");
        var everything = await (await admin.Get(Path("cases?pageSize=100"))).JsonAsync();
        var expected = everything.GetProperty("items").EnumerateArray().Select(i => i.Str("trackingNumber")).ToList();

        var walked = new List<string>();
        string? after = null;
        do
        {
            var page = await (await admin.Get(Path($"cases?pageSize=2{(after is null ? "" : $"&after={after}")}"))).JsonAsync();
            walked.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.Str("trackingNumber")));
            after = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
        }
        while (after is not null && walked.Count <= expected.Count);

        Assert.True(expected.Count >= 5);
        Assert.Equal(expected, walked);
        await (await admin.Get(Path("cases?after=not-a-cursor"))).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
