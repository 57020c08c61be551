using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>A supervisor assigns a case in the console; the investigator, who sees only assigned cases, then sees it.</summary>
public sealed class AssignmentTests(AppHostFixture system, BrowserFixture browsers)
{
    private const string Tenant = "banjarnegara";

    [Fact]
    public async Task Supervisor_assigns_a_case_and_only_then_the_investigator_sees_it()
    {
        var marker = $"tugas{Guid.NewGuid():N}"[..15];
        var report = await new SystemApi(system).SubmitAsync(Tenant, $"Uji penugasan {marker}");
        var supervisor = system.Credentials.For(Tenant, "supervisor");
        var investigator = system.Credentials.For(Tenant, "investigator");

        await using var context = await browsers.Browser.NewContextAsync(new() { BaseURL = system.GatewayUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Tenant}/staff/login");
        await BrowserPages.StaffSignInAsync(page, supervisor);
        Assert.EndsWith($"/{Tenant}/staff/cases", page.Url);
        await Eventually.TrueAsync(async () => (await page.GotoAsync($"/{Tenant}/staff/cases/{report.TrackingNumber}"))!.Status == 200,
            TimeSpan.FromSeconds(60), "the case to open");

        // Before the assignment the investigator's inbox and the case page know nothing of it.
        using var investigatorPortal = new Portal(system);
        Assert.Equal(HttpStatusCode.SeeOther, (await investigatorPortal.StaffSignInAsync(investigator)).Status);
        Assert.Empty((await investigatorPortal.GetAsync($"/{Tenant}/staff/cases?q={marker}")).TrackingNumbers("cases"));
        var refused = await investigatorPortal.GetAsync($"/{Tenant}/staff/cases/{report.TrackingNumber}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("tidak ditugaskan kepada Anda", refused.Html);
        Assert.DoesNotContain("Petugas meminta uang tambahan", refused.Html);

        await page.Locator("#assigneeId").SelectOptionAsync(investigator.Id.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tugaskan" }).Last.ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Kasus ditugaskan");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync(investigator.Username);
        await BrowserPages.Screenshot(page, "13-staff-case-assigned");

        var inbox = await investigatorPortal.GetAsync($"/{Tenant}/staff/cases?q={marker}");
        Assert.Equal([report.TrackingNumber], inbox.TrackingNumbers("cases"));
        var detail = await investigatorPortal.GetAsync($"/{Tenant}/staff/cases/{report.TrackingNumber}");
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Contains($"Uji penugasan {marker}", detail.Html);
        Assert.Contains("Petugas meminta uang tambahan", detail.Html);
    }
}
