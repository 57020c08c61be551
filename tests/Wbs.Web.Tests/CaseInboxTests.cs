namespace Wbs.Web.Tests;

/// <summary>
/// The staff case inbox of the whole system (komdigi's supervisor): text search, status and assignee
/// filters, and paging 20 at a time. Each test's reports carry a marker of their own in the title, so
/// reports of tests running alongside never count.
/// </summary>
public sealed class CaseInboxTests(AppHostFixture system)
{
    private const string Tenant = "komdigi";

    [Fact]
    public async Task Inbox_searches_filters_by_status_and_assignee_and_pages_twenty_at_a_time()
    {
        var marker = $"kotak{Guid.NewGuid():N}"[..15];
        var api = new SystemApi(system);
        var created = new List<string>();
        for (var i = 0; i < 21; i++)
        {
            created.Add((await api.SubmitAsync(Tenant, $"Uji kotak kasus {marker} nomor {i:00}")).TrackingNumber);
        }
        var supervisor = system.Credentials.For(Tenant, "supervisor");
        using var portal = new Portal(system);
        Assert.Equal(HttpStatusCode.SeeOther, (await portal.StaffSignInAsync(supervisor)).Status);
        var search = $"/{Tenant}/staff/cases?q={marker}";

        // Cases open asynchronously (ComplaintSubmitted crosses the broker).
        var first = await Eventually.GetAsync(async () => await portal.GetAsync(search) is { } p && p.Html.Contains("21 kasus") ? p : null,
            TimeSpan.FromSeconds(60), "21 cases with the marker");
        Assert.Contains("halaman 1 dari 2", first.Html);
        Assert.Equal(20, first.TrackingNumbers("cases").Count);
        Assert.Contains($"halaman=2", first.Html);
        var second = await portal.GetAsync($"{search}&halaman=2");
        Assert.Contains("halaman 2 dari 2", second.Html);
        Assert.Single(second.TrackingNumbers("cases"));
        Assert.Equal(created.Order(), first.TrackingNumbers("cases").Concat(second.TrackingNumbers("cases")).Order());

        // Status: one case moves on; the filter finds it and only it.
        var moved = created[3];
        var transition = await portal.SubmitAsync($"/{Tenant}/staff/cases/{moved}", new Dictionary<string, string> { ["to"] = "in_verification" }, "transition");
        Assert.Equal(HttpStatusCode.SeeOther, transition.Status);
        Assert.Equal([moved], (await portal.GetAsync($"{search}&status=in_verification")).TrackingNumbers("cases"));
        var received = await portal.GetAsync($"{search}&status=received");
        Assert.Contains("20 kasus", received.Html);
        Assert.DoesNotContain(moved, received.Html);

        // Assignee: the supervisor takes one case; "Saya" finds it, "Belum ditugaskan" the others.
        var mine = created[7];
        var assignment = await portal.SubmitAsync($"/{Tenant}/staff/cases/{mine}",
            new Dictionary<string, string> { ["assigneeId"] = supervisor.Id.ToString() }, "assign");
        Assert.Equal(HttpStatusCode.SeeOther, assignment.Status);
        var me = await portal.GetAsync($"{search}&assignee=me");
        Assert.Equal([mine], me.TrackingNumbers("cases"));
        Assert.Contains(supervisor.Username, me.Html);
        var unassigned = await portal.GetAsync($"{search}&assignee=none");
        Assert.Contains("20 kasus", unassigned.Html);
        Assert.DoesNotContain(mine, unassigned.Html);

        // A tracking number is a search term too.
        Assert.Equal([mine], (await portal.GetAsync($"/{Tenant}/staff/cases?q={mine}")).TrackingNumbers("cases"));
    }

    [Fact]
    public async Task Inbox_without_a_staff_session_sends_to_sign_in_and_back()
    {
        using var portal = new Portal(system);
        var page = await portal.GetAsync($"/{Tenant}/staff/cases?status=received");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal($"/{Tenant}/staff/login?returnUrl={Uri.EscapeDataString($"/{Tenant}/staff/cases?status=received")}", page.Location);
    }
}
