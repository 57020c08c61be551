namespace Wbs.ServiceDefaults.Security;

public static class SecurityExtensions
{
    /// <summary>Registers <see cref="EnvelopeCipher"/> and <see cref="ComplaintCodeDigester"/> from the Security section.</summary>
    public static IHostApplicationBuilder AddWbsSecurity(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new();
        builder.Services.AddSingleton(_ => new EnvelopeCipher(
            SecurityOptions.ReadKey(options.KeyEncryptionKey, options.KeyEncryptionKeyFile, nameof(options.KeyEncryptionKey))));
        builder.Services.AddSingleton(_ => new ComplaintCodeDigester(
            SecurityOptions.ReadKey(options.CodeDigestKey, options.CodeDigestKeyFile, nameof(options.CodeDigestKey))));
        return builder;
    }
}
