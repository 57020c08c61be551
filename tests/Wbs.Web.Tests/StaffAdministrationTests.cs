using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>
/// User administration end to end (banjarnegara's admin, a real browser): enrolment shown once, the new
/// user's first sign-in held on "Kode TOTP baru" until a fresh key is confirmed, then on "Ganti kata sandi"
/// until the temporary password is replaced, and a disabled user refused at sign-in.
/// </summary>
public sealed class StaffAdministrationTests(AppHostFixture system, BrowserFixture browsers)
{
    private const string Tenant = "banjarnegara";

    [Fact]
    public async Task Enrolled_user_must_change_the_temporary_password_then_works_until_disabled()
    {
        var username = $"uji.{Guid.NewGuid():N}"[..16];
        await using var adminContext = await browsers.Browser.NewContextAsync(new() { BaseURL = system.GatewayUrl });
        var admin = await adminContext.NewPageAsync();
        await admin.GotoAsync($"/{Tenant}/staff/users");
        await BrowserPages.StaffSignInAsync(admin, system.Credentials.For(Tenant, "admin"));
        Assert.True(admin.Url.EndsWith($"/{Tenant}/staff/users"), await admin.Locator("main").InnerTextAsync());

        // Enrolment: temporary password and TOTP secret, shown once.
        await admin.Locator("#username").FillAsync(username);
        await admin.Locator("#roles-verifier").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Buat pengguna" }).ClickAsync();
        var temporaryPassword = (await admin.GetByTestId("temporary-password").InnerTextAsync()).Trim();
        var totpSecret = (await admin.GetByTestId("totp-secret").InnerTextAsync()).Trim();
        Assert.NotEmpty(temporaryPassword);
        Assert.Matches("^[A-Z2-7]+=*$", totpSecret);
        await Assertions.Expect(admin.Locator(".qr-figure svg")).ToHaveCountAsync(1);
        await BrowserPages.Screenshot(admin, "20-staff-user-enrolled");
        // Switching language shows the enrolment again (it cannot be fetched later); a reload afterwards does not.
        await admin.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(admin.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(admin.GetByTestId("temporary-password")).ToHaveTextAsync(temporaryPassword);
        await Assertions.Expect(admin.Locator(".warning")).ToContainTextAsync("Shown only once");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Bahasa Indonesia" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("totp-secret")).ToHaveTextAsync(totpSecret);
        await admin.ReloadAsync();
        Assert.DoesNotContain(temporaryPassword, await admin.ContentAsync());
        Assert.DoesNotContain(totpSecret, await admin.ContentAsync());
        await Assertions.Expect(admin.Locator("table.data")).ToContainTextAsync(username);

        // First sign-in: a fresh TOTP key first, then the password page, and nothing else until both are done.
        var enrolled = new DevStaff(Tenant, Guid.Empty, username, temporaryPassword, totpSecret, ["verifier"]);
        await using var userContext = await browsers.Browser.NewContextAsync(new() { BaseURL = system.GatewayUrl, JavaScriptEnabled = false });
        var user = await userContext.NewPageAsync();
        await user.GotoAsync($"/{Tenant}/staff/login");
        await BrowserPages.StaffSignInAsync(user, enrolled);
        Assert.Contains($"/{Tenant}/staff/totp-baru", user.Url);
        await Assertions.Expect(user.GetByTestId("must-enrol-totp")).ToBeVisibleAsync();
        await Assertions.Expect(user.Locator(".qr-figure svg")).ToHaveCountAsync(1);
        foreach (var elsewhere in new[] { "/staff/audit", $"/staff/cases/WBS-2026-000001/evidence/{Guid.NewGuid()}", "/staff/cases" })
        {
            await user.GotoAsync($"/{Tenant}{elsewhere}");
            Assert.Contains($"/{Tenant}/staff/password", user.Url);
        }
        await Assertions.Expect(user.Locator("nav.site-nav")).Not.ToContainTextAsync("Kasus");

        // The password cannot be changed before the new key is set up: the page sends the user back to it.
        await user.Locator("#currentPassword").FillAsync(temporaryPassword);
        await user.Locator("#newPassword").FillAsync("Sawah-hijau-Banjarnegara-2026");
        await user.Locator("#confirmPassword").FillAsync("Sawah-hijau-Banjarnegara-2026");
        await user.Locator("#totp").FillAsync("000000");
        await user.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        Assert.Contains($"/{Tenant}/staff/totp-baru", user.Url);

        // A code of the admin's key does not confirm the new one (a new key is shown); a code of the new key does.
        var shown = (await user.GetByTestId("new-totp-secret").InnerTextAsync()).Trim();
        Assert.NotEqual(totpSecret, shown);
        // (A refused code spends no step.)
        await user.Locator("#totp").FillAsync(TestTotp.Compute(totpSecret, DateTimeOffset.UtcNow));
        await user.GetByRole(AriaRole.Button, new() { Name = "Konfirmasi kode baru" }).ClickAsync();
        await Assertions.Expect(user.Locator("#totp-error")).ToContainTextAsync("tidak cocok");
        var fresh = (await user.GetByTestId("new-totp-secret").InnerTextAsync()).Trim();
        Assert.NotEqual(shown, fresh);
        await BrowserPages.Screenshot(user, "21-staff-new-totp");
        enrolled = enrolled with { TotpSecret = fresh };
        await user.Locator("#totp").FillAsync(await TotpSteps.NextCodeAsync(enrolled));
        await user.GetByRole(AriaRole.Button, new() { Name = "Konfirmasi kode baru" }).ClickAsync();
        Assert.Contains($"/{Tenant}/staff/password", user.Url);
        await Assertions.Expect(user.Locator(".flash")).ToContainTextAsync("Kode TOTP baru aktif");
        await Assertions.Expect(user.GetByTestId("must-change-password")).ToBeVisibleAsync();
        await BrowserPages.Screenshot(user, "21-staff-must-change-password");

        // Repeated password that differs: refused here, nothing sent.
        await user.Locator("#currentPassword").FillAsync(temporaryPassword);
        await user.Locator("#newPassword").FillAsync("Sawah-hijau-Banjarnegara-2026");
        await user.Locator("#confirmPassword").FillAsync("Sawah-hijau-Banjarnegara-2025");
        await user.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await Assertions.Expect(user.Locator("#confirmPassword-error")).ToContainTextAsync("tidak sama");

        // Identity's password rules come back next to the new password; the session stays.
        await user.Locator("#currentPassword").FillAsync(temporaryPassword);
        await user.Locator("#newPassword").FillAsync(username);
        await user.Locator("#confirmPassword").FillAsync(username);
        await user.Locator("#totp").FillAsync("000000");
        await user.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await Assertions.Expect(user.Locator("#newPassword-error")).ToContainTextAsync("nama pengguna");
        Assert.Contains($"/{Tenant}/staff/password", user.Url);
        Assert.Contains(await userContext.CookiesAsync(), c => c.Name == "wbs_staff");

        // The sign-in's TOTP step is spent: the change takes the next one, then leads where the user was going.
        await user.Locator("#currentPassword").FillAsync(temporaryPassword);
        await user.Locator("#newPassword").FillAsync("Sawah-hijau-Banjarnegara-2026");
        await user.Locator("#confirmPassword").FillAsync("Sawah-hijau-Banjarnegara-2026");
        await user.Locator("#totp").FillAsync(await TotpSteps.NextCodeAsync(enrolled));
        await user.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        Assert.True(user.Url.EndsWith($"/{Tenant}/staff/cases"), await user.Locator("main").InnerTextAsync());
        await Assertions.Expect(user.Locator(".flash")).ToContainTextAsync("Kata sandi diganti");
        await Assertions.Expect(user.Locator("h1")).ToContainTextAsync("Kotak kasus");
        await BrowserPages.Screenshot(user, "22-staff-password-changed");
        await user.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();

        // Disabled by the admin: the new password no longer signs in.
        var row = admin.Locator("table.data tr", new() { HasText = username });
        await row.GetByRole(AriaRole.Button, new() { Name = "Nonaktifkan" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".flash")).ToContainTextAsync($"Pengguna {username} dinonaktifkan");
        await Assertions.Expect(admin.Locator("table.data tr", new() { HasText = username })).ToContainTextAsync("Nonaktif");

        await user.GotoAsync($"/{Tenant}/staff/login");
        await BrowserPages.StaffSignInAsync(user, enrolled, password: "Sawah-hijau-Banjarnegara-2026");
        Assert.Contains($"/{Tenant}/staff/login", user.Url);
        await Assertions.Expect(user.Locator(".error-summary")).ToContainTextAsync("tidak cocok");
        Assert.DoesNotContain(await userContext.CookiesAsync(), c => c.Name == "wbs_staff");
    }
}
