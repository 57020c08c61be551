using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Wbs.Identity.Infrastructure;

/// <summary>
/// ASP.NET Core Identity's hasher: PBKDF2-HMAC-SHA512, salted, at OWASP's recommended 210 000
/// iterations; a hash with fewer (the framework default was 100 000) is replaced at the next
/// successful sign-in. Unknown users are checked against a dummy hash so that a wrong username
/// costs as much time as a wrong password.
/// </summary>
public sealed class PasswordService
{
    private static readonly object Owner = new();
    /// <summary>OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA512.</summary>
    public const int Iterations = 210_000;

    private readonly PasswordHasher<object> _hasher = new(Options.Create(new PasswordHasherOptions { IterationCount = Iterations }));
    private readonly Lazy<string> _dummyHash;

    public PasswordService() =>
        _dummyHash = new(() => _hasher.HashPassword(Owner, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public string Hash(string password) => _hasher.HashPassword(Owner, password);

    /// <returns>Whether it matches, and a fresh hash when the stored one uses outdated parameters.</returns>
    public (bool Matches, string? Rehash) Verify(string? hash, string? password)
    {
        var result = _hasher.VerifyHashedPassword(Owner, hash ?? _dummyHash.Value, password ?? "");
        var matches = hash is not null && result is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
        return (matches, matches && result == PasswordVerificationResult.SuccessRehashNeeded ? Hash(password!) : null);
    }

    /// <summary>Spends the time of one verification (for requests that fail before any hash is checked).</summary>
    public void Waste(string? password) => _hasher.VerifyHashedPassword(Owner, _dummyHash.Value, password ?? "");

    public static string NewTemporaryPassword()
    {
        const string alphabet = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}
