namespace Wbs.Web.Infrastructure.Security;

/// <summary>The platform's key-encryption key, from <c>Security:KeyEncryptionKey</c> or the file <c>Security:KeyEncryptionKeyFile</c>.</summary>
public static class KeyEncryptionKey
{
    public static byte[]? Read(IConfiguration configuration)
    {
        var text = configuration["Security:KeyEncryptionKey"];
        if (string.IsNullOrWhiteSpace(text) && configuration["Security:KeyEncryptionKeyFile"] is { Length: > 0 } file)
        {
            text = File.ReadAllText(file);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var key = Convert.FromBase64String(text.Trim());
        return key.Length == 32 ? key : throw new InvalidOperationException("Security:KeyEncryptionKey must be 32 bytes (base64).");
    }
}
