namespace Wbs.Web.Tests;

/// <summary>
/// The console's forms without JavaScript (plain posts): every link of the error summary lands on an element of the
/// page (the first choice of a group carries the group's id), and a field with an error is described by it.
/// </summary>
public sealed class StaffFormErrorTests(AppHostFixture system)
{
    private const string Tenant = "komdigi";

    [Fact]
    public async Task Case_and_forwarding_errors_link_to_their_fields()
    {
        var api = new SystemApi(system);
        var report = await api.SubmitAsync(Tenant, "Uji tautan ringkasan kesalahan");
        var supervisor = system.Credentials.For(Tenant, "supervisor");
        using (var staff = await api.StaffClientAsync(supervisor))
        {
            await Eventually.TrueAsync(async () => (await staff.GetAsync($"/api/{Tenant}/cases/{report.TrackingNumber}")).IsSuccessStatusCode,
                TimeSpan.FromSeconds(60), "the case to open");
        }
        using var portal = new Portal(system);
        Assert.Equal(HttpStatusCode.SeeOther, (await portal.StaffSignInAsync(supervisor)).Status);
        var casePath = $"/{Tenant}/staff/cases/{report.TrackingNumber}";

        var noStatus = await portal.SubmitAsync(casePath, new Dictionary<string, string>(), handler: "transition");
        ErrorSummary.AssertLinksLand(noStatus.Html, "to");

        // Rejecting needs a reason: CaseManagement says so, and the reason's field is described by it.
        var noReason = await portal.SubmitAsync(casePath, new Dictionary<string, string> { ["to"] = "rejected" }, handler: "transition");
        ErrorSummary.AssertLinksLand(noReason.Html, "reason");
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"reason-error\"", noReason.Html);

        var noDestination = await portal.SubmitAsync($"{casePath}/teruskan", new Dictionary<string, string>());
        ErrorSummary.AssertLinksLand(noDestination.Html, "to");
    }

    [Fact]
    public async Task A_new_user_without_a_role_is_linked_to_the_roles()
    {
        using var portal = new Portal(system);
        Assert.Equal(HttpStatusCode.SeeOther, (await portal.StaffSignInAsync(system.Credentials.For(Tenant, "admin"))).Status);

        var page = await portal.SubmitAsync($"/{Tenant}/staff/users", new Dictionary<string, string> { ["username"] = $"uji.{Guid.NewGuid():N}"[..16] },
            handler: "create");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        ErrorSummary.AssertLinksLand(page.Html, "roles");
    }
}
