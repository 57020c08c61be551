namespace Wbs.Web.Pages.Platform;

/// <summary>The new-agency form as posted (bound by name, so a form sent back keeps everything typed).</summary>
public sealed class NewTenantInput
{
    public static readonly string[] Fields =
        ["slug", "name", "shortName", "logo", "themeColor", "contact", "categories", "faq", "deadlineRule", "timeZone", "accountFlow"];

    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public string? Logo { get; set; }
    public string ThemeColor { get; set; } = "#0b5d3b";
    public string? Address { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Categories { get; set; }
    public string? Faq { get; set; }
    public int DeadlineDays { get; set; } = 30;
    public string DeadlineUnit { get; set; } = DeadlineRule.Calendar;
    public string TimeZone { get; set; } = TenantTimeZones.Wib;
    public string AccountFlow { get; set; } = "both";
    public string? AdminUsername { get; set; }

    public TenantRequest ToRequest() => new()
    {
        Slug = Slug?.Trim().ToLowerInvariant() ?? "",
        Name = Name?.Trim() ?? "",
        ShortName = TenantLines.Blank(ShortName),
        Logo = TenantLines.Blank(Logo),
        ThemeColor = ThemeColor,
        AccountFlow = AccountFlow,
        DeadlineRule = new DeadlineRule { Days = DeadlineDays, Unit = DeadlineUnit },
        TimeZone = TimeZone,
        Contact = new TenantContact
        {
            Address = TenantLines.Blank(Address),
            Emails = TenantLines.Blank(Email) is { } email ? [email] : [],
            Phones = TenantLines.Blank(Phone) is { } phone ? [phone] : [],
        },
        Categories = TenantLines.ParseCategories(Categories),
        Faq = TenantLines.ParseFaq(Faq),
    };
}
