using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.AppHost.Resources;

public static class RestartPolicyExtensions
{
    /// <summary>The resource is started again when it dies unasked (see <see cref="RestartSupervisor"/>).</summary>
    public static IResourceBuilder<T> WithRestartPolicy<T>(this IResourceBuilder<T> builder) where T : IResource
    {
        builder.ApplicationBuilder.AddRestartSupervisor();
        return builder.WithAnnotation(new RestartPolicyAnnotation(), ResourceAnnotationMutationBehavior.Replace);
    }

    private static void AddRestartSupervisor(this IDistributedApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ImplementationType == typeof(RestartSupervisor)))
        {
            return;
        }
        builder.Services.AddOptions<RestartPolicyOptions>().BindConfiguration(RestartPolicyOptions.Section).ValidateOnStart();
        builder.Services.AddHostedService<RestartSupervisor>();
    }
}
