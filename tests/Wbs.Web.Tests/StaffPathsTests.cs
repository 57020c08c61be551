using Wbs.Web.Pages.Staff;

namespace Wbs.Web.Tests;

/// <summary>Where sign-in and the password page may send a staff user back to: only this tenant's console.</summary>
public sealed class StaffPathsTests
{
    [Theory]
    [InlineData("/komdigi/staff/cases/WBS-2026-000001", "/komdigi/staff/cases/WBS-2026-000001")]
    [InlineData("/komdigi/staff/cases?status=received&halaman=2", "/komdigi/staff/cases?status=received&halaman=2")]
    [InlineData(null, "/komdigi/staff/cases")]
    [InlineData("", "/komdigi/staff/cases")]
    [InlineData("https://example.org/komdigi/staff/cases", "/komdigi/staff/cases")]
    [InlineData("//example.org/komdigi/staff/", "/komdigi/staff/cases")]
    [InlineData("/komdigi/staff/\\\\example.org", "/komdigi/staff/cases")]
    [InlineData("/banjarnegara/staff/cases", "/komdigi/staff/cases")]
    [InlineData("/komdigi/staff/login?returnUrl=%2Fkomdigi%2Fstaff%2Fusers", "/komdigi/staff/cases")]
    [InlineData("/komdigi/staff/password?returnUrl=%2Fkomdigi%2Fstaff%2Fusers", "/komdigi/staff/cases")]
    [InlineData("/komdigi/laporan", "/komdigi/staff/cases")]
    public void SafeReturn_keeps_only_paths_inside_the_tenants_console(string? returnUrl, string expected) =>
        Assert.Equal(expected, StaffPaths.SafeReturn("komdigi", returnUrl));

    [Fact]
    public void Password_page_link_carries_the_escaped_return_path() =>
        Assert.Equal("/komdigi/staff/password?returnUrl=%2Fkomdigi%2Fstaff%2Fcases%3Fq%3Da%26halaman%3D2",
            StaffPaths.Password("komdigi", "/komdigi/staff/cases?q=a&halaman=2"));
}
