namespace Wbs.Web.Tests;

/// <summary>The audit page (komdigi's auditor): the hash chain's check and the entries written when staff open a case.</summary>
public sealed class AuditPageTests(AppHostFixture system)
{
    private const string Tenant = "komdigi";

    [Fact]
    public async Task Auditor_sees_the_chain_intact_and_who_opened_a_case()
    {
        var report = await new SystemApi(system).SubmitAsync(Tenant, "Uji jejak audit halaman petugas");
        var admin = system.Credentials.For(Tenant, "admin");
        using (var staff = await new SystemApi(system).StaffClientAsync(admin))
        {
            await Eventually.TrueAsync(async () => (await staff.GetAsync($"/api/{Tenant}/cases/{report.TrackingNumber}")).IsSuccessStatusCode,
                TimeSpan.FromSeconds(60), "the admin to open the case");
        }

        using var portal = new Portal(system);
        Assert.Equal(HttpStatusCode.SeeOther, (await portal.StaffSignInAsync(system.Credentials.For(Tenant, "auditor"))).Status);
        var audit = await portal.GetAsync($"/{Tenant}/staff/audit?trackingNumber={report.TrackingNumber}");

        Assert.Equal(HttpStatusCode.OK, audit.Status);
        Assert.Contains("data-testid=\"audit-verification\"", audit.Html);
        Assert.Contains("class=\"verify-ok\"", audit.Html);
        Assert.Contains("Rantai audit utuh", audit.Html);
        var rows = audit.Rows("data");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(report.TrackingNumber, r));
        Assert.Contains(rows, r => r.Contains("Membuka kasus") && r.Contains(admin.Username));
        Assert.Contains(rows, r => r.Contains("Kasus dibuka"));
    }

    [Fact]
    public async Task Auditor_reading_in_english_sees_identity_acts_labelled_in_english()
    {
        var auditor = system.Credentials.For(Tenant, "auditor");
        using var portal = new Portal(system);
        Assert.Equal(HttpStatusCode.SeeOther, (await portal.StaffSignInAsync(auditor)).Status);

        // The sign-in reaches the audit trail from Identity through the broker.
        var audit = await Eventually.GetAsync(async () =>
            await portal.GetAsync($"/{Tenant}/staff/audit?lang=en&actor={auditor.Username}") is { } page && page.Rows("data").Count > 0 ? page : null,
            TimeSpan.FromSeconds(60), "the auditor's sign-in in the audit trail");

        Assert.Contains(audit.Rows("data"), r => r.Contains(">Signed in<"));
        Assert.DoesNotContain("signin.", audit.Html);
    }

    [Fact]
    public async Task Audit_page_is_not_for_an_investigator()
    {
        using var portal = new Portal(system);
        var investigator = system.Credentials.For(Tenant, "investigator");
        Assert.Equal(HttpStatusCode.SeeOther, (await portal.StaffSignInAsync(investigator)).Status);

        var audit = await portal.GetAsync($"/{Tenant}/staff/audit");

        Assert.DoesNotContain("Rantai audit utuh", audit.Html);
        Assert.DoesNotContain("<table class=\"data\">", audit.Html);
        Assert.Contains("tidak berwenang", audit.Html);
    }
}
