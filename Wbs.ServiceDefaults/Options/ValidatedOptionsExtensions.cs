using Microsoft.Extensions.Options;

// In the DI namespace, as AddOptions itself, so every project finds it without a using.
namespace Microsoft.Extensions.DependencyInjection;

public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// The one way options are bound: from <paramref name="section"/>, checked by their data annotations
    /// (nested objects marked <see cref="ValidateObjectMembersAttribute"/>) when the host starts, so a bad
    /// setting stops the process at start instead of failing the first request that reads it.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
