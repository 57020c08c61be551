namespace Wbs.CaseManagement.Model;

/// <summary>How a report reached the agency: on the web, or entered by staff from a letter, a call, an e-mail or a visit.</summary>
public static class CaseChannels
{
    public const string Web = "web";
    public const string Letter = "letter";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string WalkIn = "walk_in";

    public static readonly string[] All = [Web, Letter, Phone, Email, WalkIn];
}
