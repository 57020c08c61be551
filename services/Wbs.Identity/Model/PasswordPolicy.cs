namespace Wbs.Identity.Model;

/// <summary>At least ten characters and not one of the common passwords shipped with the service.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;
    public const int MaxLength = 256;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommonPasswords);

    /// <returns>Null when acceptable, else the reason (Indonesian / English).</returns>
    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Wajib diisi. / Required.";
        }
        if (password.Length < MinLength)
        {
            return $"Minimal {MinLength} karakter. / At least {MinLength} characters.";
        }
        if (password.Length > MaxLength)
        {
            return $"Maksimal {MaxLength} karakter. / At most {MaxLength} characters.";
        }
        if (IsCommon(password))
        {
            return "Kata sandi ini terlalu umum dan mudah ditebak. / This password is too common and easy to guess.";
        }
        return null;
    }

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
