using Microsoft.Extensions.Options;

namespace Wbs.ServiceDefaults.Security;

public static class SecurityExtensions
{
    /// <summary>Registers <see cref="EnvelopeCipher"/> and <see cref="ComplaintCodeDigester"/> from the Security section.</summary>
    public static IHostApplicationBuilder AddWbsSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<SecurityOptions>(SecurityOptions.Section);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SecurityOptions>>().Value;
            return new EnvelopeCipher(SecurityOptions.ReadKey(options.KeyEncryptionKey, options.KeyEncryptionKeyFile, nameof(options.KeyEncryptionKey)));
        });
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SecurityOptions>>().Value;
            return new ComplaintCodeDigester(SecurityOptions.ReadKey(options.CodeDigestKey, options.CodeDigestKeyFile, nameof(options.CodeDigestKey)));
        });
        return builder;
    }
}
