namespace Wbs.Contracts;

/// <summary>How a report reached the agency: through the web, or by staff entering what came by letter, phone, e-mail or in person.</summary>
public static class ReportChannels
{
    public const string Web = "web";
    public const string Letter = "letter";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string WalkIn = "walk_in";

    public static readonly string[] All = [Web, Letter, Phone, Email, WalkIn];

    /// <summary>The channels staff may enter a report from (the web is the reporter's own).</summary>
    public static readonly string[] StaffEntered = [Letter, Phone, Email, WalkIn];

    public static string Label(string channel) => channel switch
    {
        Web => "Situs web",
        Letter => "Surat",
        Phone => "Telepon",
        Email => "Surel",
        WalkIn => "Datang langsung",
        _ => channel,
    };

    public static string EnglishLabel(string channel) => channel switch
    {
        Web => "Web",
        Letter => "Letter",
        Phone => "Phone",
        Email => "E-mail",
        WalkIn => "In person",
        _ => channel,
    };
}
