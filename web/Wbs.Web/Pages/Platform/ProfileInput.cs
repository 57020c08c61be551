namespace Wbs.Web.Pages.Platform;

/// <summary>What an agency admin edits of the public site, as posted.</summary>
public sealed class ProfileInput
{
    public string? Tagline { get; set; }
    public string? TaglineEn { get; set; }
    public string? Logo { get; set; }
    public string ThemeColor { get; set; } = "#0b5d3b";
    public string? Categories { get; set; }
    public string? Faq { get; set; }

    /// <summary>The profile version this edit was made from: saving over a newer one is refused (409).</summary>
    public long Version { get; set; }

    public static ProfileInput From(TenantProfile t) => new()
    {
        Tagline = t.Tagline,
        TaglineEn = t.TaglineEn,
        Logo = t.Logo,
        ThemeColor = t.ThemeColor ?? "#0b5d3b",
        Categories = TenantForm.Lines(t.Categories),
        Faq = TenantForm.Lines(t.Faq),
        Version = t.Version,
    };

    /// <summary>Empty texts are sent as empty (cleared); the lists always replace the old ones.</summary>
    public TenantForm ToForm() => new()
    {
        Tagline = Tagline?.Trim() ?? "",
        TaglineEn = TaglineEn?.Trim() ?? "",
        Logo = TenantForm.Blank(Logo),
        ThemeColor = ThemeColor,
        Categories = TenantForm.ParseCategories(Categories),
        Faq = TenantForm.ParseFaq(Faq),
    };
}
