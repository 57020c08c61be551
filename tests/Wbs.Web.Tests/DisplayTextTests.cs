using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Wbs.Contracts;
using Wbs.Contracts.Api;
using Wbs.Web.Infrastructure.Display;

namespace Wbs.Web.Tests;

/// <summary>The labels and notification sentences the pages show, in each language (no pages, no services).</summary>
public sealed partial class DisplayTextTests
{
    /// <summary>
    /// Every action the audit trail can hold: CaseManagement's <c>AuditActions</c> (read from its source, as the web app
    /// does not reference the service) and Identity's <see cref="IdentityActs"/>; a new action without a label fails here.
    /// </summary>
    public static TheoryData<string> AuditActions()
    {
        var source = File.ReadAllText(Path.Combine(AppHostFixture.FindRepositoryRoot(), "services", "Wbs.CaseManagement", "Model", "AuditActions.cs"));
        var caseActions = ConstantPattern().Matches(source).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(caseActions);
        var identityActs = typeof(IdentityActs).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(IdentityActs.Unknown)).Select(f => (string)f.GetRawConstantValue()!);
        return [.. caseActions.Concat(identityActs).Distinct()];
    }

    [Theory]
    [MemberData(nameof(AuditActions))]
    public void Every_audit_action_has_a_label_in_each_language(string action)
    {
        var indonesian = In("id", () => Labels.AuditAction(action));
        var english = In("en", () => Labels.AuditAction(action));

        Assert.NotEqual(action, indonesian);
        Assert.NotEqual(action, english);
        Assert.NotEqual(indonesian, english);
    }

    [Fact]
    public void Identity_disclosed_notification_reads_in_the_readers_language()
    {
        var item = new NotificationItem(Guid.NewGuid(), "WBS-2026-000123", "identity_disclosed",
            "Identitas Anda pada laporan WBS-2026-000123 telah dibuka kepada petugas yang menanganinya, dengan persetujuan kustodian identitas. "
            + "Alasannya tercantum di riwayat laporan.", DateTimeOffset.UnixEpoch, false);

        var english = In("en", () => NotificationText.For(item));
        var indonesian = In("id", () => NotificationText.For(item));

        Assert.Contains("your identity on report WBS-2026-000123", english);
        Assert.DoesNotContain("Identitas", english);
        Assert.Contains("Identitas Anda pada laporan WBS-2026-000123", indonesian);
    }

    [Fact]
    public void Category_label_is_the_tenants_english_one_when_it_wrote_one()
    {
        TenantCategory[] categories = [new("korupsi", "Korupsi", "Corruption"), new("lain", "Lain-lain")];

        Assert.Equal("Corruption", In("en", () => Labels.Category(categories, "korupsi")));
        Assert.Equal("en", In("en", () => Labels.CategoryLang(categories, "korupsi")));
        Assert.Equal("Korupsi", In("id", () => Labels.Category(categories, "korupsi")));
        Assert.Equal("id", In("id", () => Labels.CategoryLang(categories, "korupsi")));
        // No English twin: the Indonesian label, marked as Indonesian.
        Assert.Equal("Lain-lain", In("en", () => Labels.Category(categories, "lain")));
        Assert.Equal("id", In("en", () => Labels.CategoryLang(categories, "lain")));
    }

    /// <summary>Reads a text as a request in that language would (the site's language is the UI culture).</summary>
    private static T In<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [GeneratedRegex("const string \\w+ = \"([^\"]+)\";")]
    private static partial Regex ConstantPattern();
}
