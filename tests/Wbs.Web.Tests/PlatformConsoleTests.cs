using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Wbs.Contracts.Api;
using Wbs.ServiceDefaults.Tenancy;

namespace Wbs.Web.Tests;

/// <summary>
/// The platform console in a real browser: the platform admin creates an agency and its first admin at
/// <c>/platform/staff/instansi</c> and sees the one-time credentials; the platform pages pass axe at WCAG 2.1 AA on a
/// desktop and a 360 px phone. The new agency's admin then signs in, and two admins editing its profile at once:
/// the later save is refused in the reader's language (Indonesian, then English) and keeps what was typed. Then,
/// with JavaScript off, the admin sets a working-day calendar with a holiday week and the retention period, and a new
/// report's deadline follows it. The fresh-TOTP page and the profile page pass axe too.
/// </summary>
public sealed class PlatformConsoleTests(AppHostFixture system, BrowserFixture browsers)
{
    private readonly string _slug = "uji-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Platform_admin_creates_an_agency_whose_admin_edits_its_profile_without_losing_an_edit()
    {
        var failures = new List<string>();
        await using var platformContext = await browsers.Browser.NewContextAsync(new() { BaseURL = system.GatewayUrl, BypassCSP = true });
        var platform = await platformContext.NewPageAsync();
        await platform.GotoAsync("/platform/staff/login");
        failures.AddRange(await BrowserPages.AxeViolationsAsync(platform));
        await BrowserPages.StaffSignInAsync(platform, system.Credentials.For("platform", "platform_admin"));
        await platform.GotoAsync("/platform/staff/instansi");
        Assert.DoesNotContain("/staff/login", platform.Url);
        failures.AddRange(await BrowserPages.AxeViolationsAsync(platform));

        // A new agency with its first admin: credentials shown once.
        await platform.Locator("#slug").FillAsync(_slug);
        await platform.Locator("#name").FillAsync("Inspektorat Uji Peramban");
        await platform.Locator("#address").FillAsync("Jl. Peramban No. 1");
        await platform.Locator("#categories").FillAsync("korupsi | Korupsi\npungli | Pungutan liar");
        await platform.Locator("#faq").FillAsync("Siapa yang boleh melapor? | Siapa saja, tanpa menyebut nama.");
        await platform.Locator("#adminUsername").FillAsync("admin.uji");
        await platform.GetByRole(AriaRole.Button, new() { Name = "Buat instansi" }).ClickAsync();
        var temporaryPassword = (await platform.GetByTestId("temporary-password").InnerTextAsync()).Trim();
        var totpSecret = (await platform.GetByTestId("totp-secret").InnerTextAsync()).Trim();
        Assert.NotEmpty(temporaryPassword);
        Assert.Matches("^[A-Z2-7]+=*$", totpSecret);
        await Assertions.Expect(platform.Locator("table.data")).ToContainTextAsync(_slug);
        failures.AddRange(await BrowserPages.AxeViolationsAsync(platform));
        await BrowserPages.Screenshot(platform, "50-platform-agency-created");
        await platform.ReloadAsync();
        Assert.DoesNotContain(temporaryPassword, await platform.ContentAsync());
        Assert.DoesNotContain(totpSecret, await platform.ContentAsync());
        failures.AddRange(await PhoneAxeAsync(platformContext, "/platform/staff/login", "/platform/staff/instansi", "/platform/staff/instansi?lang=en"));

        // The agency works at once: its public site, and its first admin sets up a fresh TOTP key and replaces the temporary password.
        var admin = new DevStaff(_slug, Guid.Empty, "admin.uji", temporaryPassword, totpSecret, ["admin"]);
        await using var first = await browsers.Browser.NewContextAsync(new() { BaseURL = system.GatewayUrl, BypassCSP = true });
        var tabA = await first.NewPageAsync();
        await Eventually.LikeAPersonAsync(async () => (await tabA.GotoAsync($"/{_slug}"))?.Status == 200, "the new agency's public site");
        await Assertions.Expect(tabA.Locator("h1")).ToContainTextAsync("Inspektorat Uji Peramban");
        await tabA.GotoAsync($"/{_slug}/staff/login");
        await BrowserPages.StaffSignInAsync(tabA, admin);
        // First a TOTP key of their own, that the platform admin never saw; then a password of their own.
        Assert.Contains($"/{_slug}/staff/totp-baru", tabA.Url);
        failures.AddRange(await BrowserPages.AxeViolationsAsync(tabA));
        admin = admin with { TotpSecret = (await tabA.GetByTestId("new-totp-secret").InnerTextAsync()).Trim() };
        Assert.NotEqual(totpSecret, admin.TotpSecret);
        await tabA.Locator("#totp").FillAsync(await TotpSteps.NextCodeAsync(admin));
        await tabA.GetByRole(AriaRole.Button, new() { Name = "Konfirmasi kode baru" }).ClickAsync();
        Assert.Contains($"/{_slug}/staff/password", tabA.Url);
        const string password = "Kebun-teh-Peramban-2026";
        await tabA.Locator("#currentPassword").FillAsync(temporaryPassword);
        await tabA.Locator("#newPassword").FillAsync(password);
        await tabA.Locator("#confirmPassword").FillAsync(password);
        await tabA.Locator("#totp").FillAsync(await TotpSteps.NextCodeAsync(admin));
        await tabA.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await Assertions.Expect(tabA.Locator(".flash")).ToContainTextAsync("Kata sandi diganti");

        // Three tabs of the same admin open the profile; the first saves, the other two were made from the older version.
        var tabB = await first.NewPageAsync();
        var tabC = await first.NewPageAsync();
        foreach (var tab in new[] { tabA, tabB, tabC })
        {
            await tab.GotoAsync($"/{_slug}/staff/profil");
        }
        failures.AddRange(await BrowserPages.AxeViolationsAsync(tabA));
        await tabA.Locator("#tagline").FillAsync("Tagline dari tab pertama");
        await tabA.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(tabA.Locator(".flash")).ToContainTextAsync("Profil disimpan");

        await tabB.Locator("#tagline").FillAsync("Tagline dari tab kedua");
        await tabB.Locator("#faq").FillAsync("Apakah identitas saya aman? | Ya, identitas disegel.");
        await tabB.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(tabB.Locator(".error-summary")).ToContainTextAsync("sudah diubah admin lain");
        await Assertions.Expect(tabB.GetByTestId("profile-conflict")).ToBeVisibleAsync();
        Assert.Equal("Tagline dari tab kedua", await tabB.Locator("#tagline").InputValueAsync());
        Assert.Equal("Apakah identitas saya aman? | Ya, identitas disegel.", await tabB.Locator("#faq").InputValueAsync());
        failures.AddRange(await BrowserPages.AxeViolationsAsync(tabB));
        await BrowserPages.Screenshot(tabB, "51-profile-conflict");

        // The third tab's save, read in English (the language switch of another tab applies to the whole browser).
        await tabA.GotoAsync($"/{_slug}?lang=en");
        await tabC.Locator("#tagline").FillAsync("Tagline from the third tab");
        await tabC.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(tabC.Locator(".error-summary")).ToContainTextAsync("Another admin changed this profile");
        Assert.Equal("Tagline from the third tab", await tabC.Locator("#tagline").InputValueAsync());

        // The first save stands; saving again after the conflict is a deliberate choice and goes through.
        await tabA.GotoAsync($"/{_slug}?lang=id");
        await Assertions.Expect(tabA.Locator("main")).ToContainTextAsync("Tagline dari tab pertama");
        await tabB.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(tabB.Locator(".flash")).ToContainTextAsync("Profil disimpan");
        await tabA.ReloadAsync();
        await Assertions.Expect(tabA.Locator("main")).ToContainTextAsync("Tagline dari tab kedua");

        // The calendar is edited with JavaScript off; the pages' accessibility is checked with it on (axe runs as a script).
        await using var noScript = await SignedInContextAsync(first, new() { JavaScriptEnabled = false });
        await WorkingDayCalendarAsync(await noScript.NewPageAsync());
        failures.AddRange(await CalendarAxeAsync(tabA));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// With JavaScript off, the admin adds a holiday week (a typed duplicate is refused beside its row and nothing typed is lost), switches to
    /// 10 working days and 8 years of retention; a report sent afterwards is due on the day the calendar gives, past the
    /// weekends and the holiday week.
    /// </summary>
    private async Task WorkingDayCalendarAsync(IPage page)
    {
        var zone = TenantTimeZones.Find(TenantTimeZones.Wib);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var monday = today.AddDays(1);
        while (monday.DayOfWeek != DayOfWeek.Monday || monday.AddDays(4).Year != monday.Year)
        {
            monday = monday.AddDays(1);
        }
        var week = Enumerable.Range(0, 5).Select(monday.AddDays).ToList();

        await page.GotoAsync($"/{_slug}/staff/profil?tahun={monday.Year}");
        await Assertions.Expect(page.GetByTestId("calendar")).ToContainTextAsync($"Libur nasional dan cuti bersama {monday.Year}");
        var first = await page.Locator("ol.days-off li").CountAsync() - 5;
        for (var i = 0; i < week.Count; i++)
        {
            await page.Locator($"#day{first + i}-date").FillAsync(week[i].Day.ToString(CultureInfo.InvariantCulture));
            await page.Locator($"#day{first + i}-month").SelectOptionAsync(week[i].Month.ToString(CultureInfo.InvariantCulture));
            await page.Locator($"#day{first + i}-name").FillAsync($"Libur pekan uji {i + 1}");
            await page.Locator($"#day{first + i}-kind").SelectOptionAsync("cuti_bersama");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah baris" }).ClickAsync();
        // The page with more rows, loaded whole: an Enter while it was still arriving posted a form whose antiforgery
        // field (at the form's end) had not arrived yet, and the answer was a 400 (CI, once).
        await Assertions.Expect(page.Locator($"#day{first + 5}-date")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        // Enter in a field saves nothing and loses nothing.
        await page.Locator($"#day{first + 4}-name").PressAsync("Enter");
        await Assertions.Expect(page.Locator($"#day{first + 4}-name")).ToHaveValueAsync("Libur pekan uji 5");
        Assert.Equal(0, await page.Locator(".flash").CountAsync());
        var duplicate = first + 5;
        await page.Locator($"#day{duplicate}-date").FillAsync(week[0].Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#day{duplicate}-month").SelectOptionAsync(week[0].Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#day{duplicate}-name").FillAsync("Hari kembar");
        await page.Locator("#deadlineDays").FillAsync("10");
        await page.Locator("#deadlineUnit").SelectOptionAsync("working");
        await page.Locator("#retentionYears").FillAsync("8");
        await page.Locator("#staffLanguage").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator($"#day{duplicate}-date-error")).ToContainTextAsync("sudah ada");
        Assert.Equal("Hari kembar", await page.Locator($"#day{duplicate}-name").InputValueAsync());
        Assert.Equal("Libur pekan uji 3", await page.Locator($"#day{first + 2}-name").InputValueAsync());
        Assert.Equal("working", await page.Locator("#deadlineUnit").InputValueAsync());
        Assert.Equal("8", await page.Locator("#retentionYears").InputValueAsync());
        Assert.Equal("en", await page.Locator("#staffLanguage").InputValueAsync());
        await BrowserPages.Screenshot(page, "52-profile-calendar-refused");

        await page.Locator($"input[name='Input.Days[{duplicate}].Remove']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Profil disimpan");
        await Assertions.Expect(page.GetByTestId("calendar")).ToContainTextAsync($"Libur nasional dan cuti bersama {monday.Year}");
        var saved = page.Locator("ol.days-off li").Filter(new() { Has = page.Locator("input[value='Libur pekan uji 5']") });
        Assert.Equal(week[4].Day.ToString(CultureInfo.InvariantCulture), await saved.Locator("input.day").InputValueAsync());
        Assert.Equal(week[4].Month.ToString(CultureInfo.InvariantCulture), await saved.Locator("select").First.InputValueAsync());
        Assert.Equal("8", await page.Locator("#retentionYears").InputValueAsync());
        await page.GotoAsync($"/{_slug}/staff/profil?lang=en");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByTestId("calendar")).ToContainTextAsync("Response deadline and working days");
        await page.GotoAsync($"/{_slug}/staff/profil?lang=id");

        // A new report: due on the 10th working day, counted by the calendar the profile now holds.
        var api = new SystemApi(system);
        var profile = (await Eventually.GetAsync(async () =>
        {
            using var client = system.CreateClient();
            var p = await client.GetFromJsonAsync<JsonElement>($"/api/{_slug}/profile");
            return p.GetProperty("deadlineRule").GetProperty("unit").GetString() == "working" ? (JsonElement?)p : null;
        }, TimeSpan.FromSeconds(30), "the working-day rule in the profile"))!.Value;
        Assert.Equal(8, profile.GetProperty("retentionYears").GetInt32());
        Assert.Equal("en", profile.GetProperty("staffLanguage").GetString());
        var holidays = profile.GetProperty("holidays").EnumerateArray().Select(h => DateOnly.Parse(h.GetProperty("date").GetString()!)).ToList();
        Assert.Superset(week.ToHashSet(), holidays.ToHashSet());
        var report = await api.SubmitAsync(_slug, "Pungutan saat libur panjang");
        var view = await api.ReporterViewAsync(_slug, report);
        var submittedAt = view.GetProperty("submittedAt").GetDateTimeOffset();
        var dueAt = view.GetProperty("responseDueAt").GetDateTimeOffset();
        var expected = new ResponseDeadline(new DeadlineRule { Days = 10, Unit = DeadlineRule.Working }, zone, holidays).DueAt(submittedAt);
        Assert.Equal(expected, dueAt);
        var dueDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(dueAt, zone).DateTime);
        Assert.True(dueDay > week[4].AddDays(7), $"due {dueDay} should fall at least a week after the holiday week ({week[0]}–{week[4]})");
        Assert.DoesNotContain(dueDay, holidays);
        Assert.False(dueDay.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The profile page passes axe in both languages, on a desktop and at 360 px, and with a row refused beside its
    /// field (a 31 February, caught before it is sent).
    /// </summary>
    private async Task<IReadOnlyList<string>> CalendarAxeAsync(IPage page)
    {
        var failures = new List<string>();
        await page.GotoAsync($"/{_slug}/staff/profil");
        var blank = await page.Locator("ol.days-off li").CountAsync() - 1;
        await page.Locator($"#day{blank}-date").FillAsync("31");
        await page.Locator($"#day{blank}-month").SelectOptionAsync("2");
        await page.Locator($"#day{blank}-name").FillAsync("Tanggal yang tidak ada");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator($"#day{blank}-date-error")).ToContainTextAsync("Isi tanggal yang ada");
        Assert.Equal("Tanggal yang tidak ada", await page.Locator($"#day{blank}-name").InputValueAsync());
        failures.AddRange(await BrowserPages.AxeViolationsAsync(page));
        await page.GotoAsync($"/{_slug}/staff/profil?lang=en");
        failures.AddRange(await BrowserPages.AxeViolationsAsync(page));
        await page.GotoAsync($"/{_slug}/staff/profil?lang=id");
        failures.AddRange(await PhoneAxeAsync(page.Context, $"/{_slug}/staff/profil", $"/{_slug}/staff/profil?lang=en"));
        return failures;
    }

    /// <summary>A new browser context signed in as <paramref name="signedIn"/> (its cookies copied).</summary>
    private async Task<IBrowserContext> SignedInContextAsync(IBrowserContext signedIn, BrowserNewContextOptions options)
    {
        options.BaseURL = system.GatewayUrl;
        options.BypassCSP = true;
        var context = await browsers.Browser.NewContextAsync(options);
        await context.AddCookiesAsync([.. (await signedIn.CookiesAsync()).Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        })]);
        return context;
    }

    /// <summary>Console pages at 360 px (the signed-in session's cookies reused): axe, and no sideways scrolling.</summary>
    private async Task<IReadOnlyList<string>> PhoneAxeAsync(IBrowserContext signedIn, params string[] paths)
    {
        var failures = new List<string>();
        await using var phone = await SignedInContextAsync(signedIn, new() { ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await phone.NewPageAsync();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            failures.AddRange((await BrowserPages.AxeViolationsAsync(page)).Select(v => $"360px {v}"));
            if (await BrowserPages.ScrollsSidewaysAsync(page))
            {
                failures.Add($"360px {path} scrolls sideways");
            }
        }
        return failures;
    }
}
