using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Wbs.ServiceDefaults.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// Registers one <see cref="EnvelopeCipher"/> per purpose (a keyed service: <c>[FromKeyedServices(KeyPurposes.Content)]</c>)
    /// and, for <see cref="KeyPurposes.CodeDigest"/>, the <see cref="ComplaintCodeDigester"/>. Only the named purposes
    /// are registered, and the host does not start unless each has a key ring: a process holds only what it needs.
    /// </summary>
    public static IHostApplicationBuilder AddWbsSecurity(this IHostApplicationBuilder builder, params string[] purposes)
    {
        builder.Services.AddValidatedOptions<SecurityOptions>(SecurityOptions.Section)
            .Validate(o => purposes.All(o.Has), $"Every one of these purposes needs a key ring (Security:KeyFiles:<purpose>): {string.Join(", ", purposes)}.");
        foreach (var purpose in purposes.Where(p => p != KeyPurposes.CodeDigest))
        {
            builder.Services.AddKeyedSingleton(purpose, (sp, _) =>
                new EnvelopeCipher(sp.KeySource(purpose)));
        }
        if (purposes.Contains(KeyPurposes.CodeDigest))
        {
            builder.Services.AddSingleton(sp =>
                new ComplaintCodeDigester(sp.KeySource(KeyPurposes.CodeDigest).Ring.Current));
        }
        return builder;
    }

    /// <summary>The key ring of <paramref name="purpose"/>, as configured under <c>Security:KeyFiles</c>.</summary>
    public static KeyRingSource KeySource(this IServiceProvider services, string purpose) =>
        services.GetRequiredService<IOptions<SecurityOptions>>().Value.Source(purpose);

    /// <summary>
    /// Declares a column whose values are sealed (or data keys wrapped) under <paramref name="purpose"/>, so that
    /// after a key rotation they are re-wrapped online under the ring's current key (<see cref="KeyRewrapJob{TContext}"/>).
    /// </summary>
    public static IServiceCollection AddSealedColumn<TContext, TEntity>(this IServiceCollection services, string purpose,
        Expression<Func<TEntity, byte[]?>> column) where TContext : DbContext
    {
        var property = column.Body is MemberExpression member ? member.Member.Name : throw new ArgumentException("A property of the entity.", nameof(column));
        services.AddSingleton(new SealedColumn(typeof(TContext), typeof(TEntity), property, purpose));
        services.TryAddScoped<KeyRewrapper<TContext>>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, KeyRewrapJob<TContext>>());
        return services;
    }
}
