namespace Wbs.Identity.Model;

/// <summary>
/// At least ten characters, not one of the common passwords shipped with the service, not the
/// username and, when it replaces one, not the current password.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;
    public const int MaxLength = 256;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommonPasswords);

    public const string SameAsUsername = "Kata sandi tidak boleh sama dengan nama pengguna. / The password must not be the username.";
    public const string SameAsCurrent = "Kata sandi baru harus berbeda dari kata sandi saat ini. / The new password must differ from the current one.";

    /// <returns>Null when acceptable, else the reason (Indonesian / English).</returns>
    public static string? Check(string? password, string? username = null)
    {
        if (string.IsNullOrEmpty(password))
        {
            return ValidationMessages.Required;
        }
        if (password.Length < MinLength)
        {
            return ValidationMessages.AtLeastCharacters(MinLength);
        }
        if (password.Length > MaxLength)
        {
            return ValidationMessages.AtMostCharacters(MaxLength);
        }
        if (IsCommon(password))
        {
            return "Kata sandi ini terlalu umum dan mudah ditebak. / This password is too common and easy to guess.";
        }
        if (!string.IsNullOrWhiteSpace(username) && string.Equals(password.Trim(), username.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return SameAsUsername;
        }
        return null;
    }

    /// <summary>The rules for a password that replaces <paramref name="currentPassword"/>.</summary>
    public static string? CheckChange(string? newPassword, string? currentPassword, string? username = null) =>
        Check(newPassword, username) ?? (newPassword == currentPassword ? SameAsCurrent : null);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("Wbs.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } entry && !entry.StartsWith('#'))
            {
                set.Add(entry);
            }
        }
        return set;
    }
}
