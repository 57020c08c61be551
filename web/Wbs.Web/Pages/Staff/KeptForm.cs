namespace Wbs.Web.Pages.Staff;

/// <summary>
/// The text fields of a staff form posted after the session ended (a letter or note typed for longer than the
/// session lasts): kept encrypted in a one-time cookie of the page until the staff member has signed in again, then
/// shown in the form as typed. Secrets and form machinery are never kept, and no more than <see cref="MaxChars"/>.
/// </summary>
public sealed record KeptForm(Dictionary<string, string> Fields)
{
    public const string Cookie = "wbs_kept";

    /// <summary>Enough for a message, a note and a reason together, and small enough for the request's headers.</summary>
    public const int MaxChars = 12_000;

    private static readonly HashSet<string> NeverKept = new(StringComparer.OrdinalIgnoreCase)
    {
        "__RequestVerificationToken", "password", "newPassword", "currentPassword", "totp", "handler",
    };

    /// <returns>The fields worth keeping; null when there is none.</returns>
    public static KeptForm? From(IFormCollection form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var total = 0;
        foreach (var (name, values) in form)
        {
            if (NeverKept.Contains(name) || values.ToString() is not { Length: > 0 } value || total + value.Length > MaxChars)
            {
                continue;
            }
            fields[name] = value;
            total += value.Length;
        }
        return fields.Count == 0 ? null : new KeptForm(fields);
    }
}
