using System.Text.RegularExpressions;

namespace Wbs.Identity.Model;

public static partial class Usernames
{
    public const int MinLength = 4;
    public const int MaxLength = 32;

    /// <summary>Usernames are compared in lower case, so "Budi" and "budi" are the same account.</summary>
    public static string Normalize(string? username) => (username ?? "").Trim().ToLowerInvariant();

    public static bool IsValid(string normalized) => Pattern().IsMatch(normalized);

    public const string Rule = "4–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung. / 4–32 characters: lower-case letters, digits, '.', '_' or '-'.";

    [GeneratedRegex("^[a-z0-9._-]{4,32}$")]
    private static partial Regex Pattern();
}
