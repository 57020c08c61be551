using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Wbs.Web.Infrastructure.Receipts;

/// <summary>
/// Signs and checks receipts with HMAC-SHA256 under the platform's receipt key. Only the platform
/// verifies them (on its verify page, for reporters and staff alike), so a keyed MAC is enough and
/// no public key has to be published. The signed block travels inside a readable text file.
/// </summary>
public sealed class ReceiptSigner
{
    public const string Begin = "-----BEGIN WBS RECEIPT-----";
    public const string End = "-----END WBS RECEIPT-----";
    private const string Purpose = "wbs-receipt-v1.";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly byte[]? _key;

    public ReceiptSigner(IOptions<ReceiptOptions> options, IHostEnvironment environment, ILogger<ReceiptSigner> logger)
    {
        if (options.Value.SigningKey is { Length: > 0 } configured)
        {
            _key = Convert.FromBase64String(configured.Trim());
            if (_key.Length < 32)
            {
                throw new InvalidOperationException("Receipts:SigningKey must be at least 32 bytes (base64).");
            }
        }
        else if (environment.IsDevelopment())
        {
            // Development only: receipts signed now stop verifying when the web app restarts.
            _key = RandomNumberGenerator.GetBytes(32);
            logger.LogWarning("Receipts:SigningKey is not configured; receipts are signed with a key that lasts until restart");
        }
        else
        {
            logger.LogWarning("Receipts:SigningKey is not configured; no receipts are issued");
        }
    }

    public bool Available => _key is not null;

    /// <summary>The signed block: base64url(JSON) "." base64url(MAC).</summary>
    public string Sign(Receipt receipt)
    {
        var payload = WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(receipt, Json));
        return $"{payload}.{WebEncoders.Base64UrlEncode(Mac(payload))}";
    }

    /// <summary>The receipt a text (the whole file, or just its block) carries, or null when it is not one this platform signed.</summary>
    public Receipt? Verify(string? text)
    {
        if (_key is null || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        var block = (start >= 0 && end > start ? text[(start + Begin.Length)..end] : text).Trim();
        var dot = block.IndexOf('.');
        if (dot <= 0 || dot == block.Length - 1)
        {
            return null;
        }
        var payload = block[..dot];
        try
        {
            if (!CryptographicOperations.FixedTimeEquals(Mac(payload), WebEncoders.Base64UrlDecode(block[(dot + 1)..])))
            {
                return null;
            }
            return JsonSerializer.Deserialize<Receipt>(WebEncoders.Base64UrlDecode(payload), Json);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>SHA-256 of what was submitted (the sealed identity left out: a digest of a name could be confirmed by guessing).</summary>
    public static string Digest(object content) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(content, Json)));

    private byte[] Mac(string payload) =>
        HMACSHA256.HashData(_key ?? throw new InvalidOperationException("No receipt key."), Encoding.ASCII.GetBytes(Purpose + payload));
}
