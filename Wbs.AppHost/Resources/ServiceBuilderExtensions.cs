using System.Reflection;
using Aspire.Hosting;
using Microsoft.Extensions.Configuration;

namespace Wbs.AppHost.Resources;

public static class ServiceBuilderExtensions
{
    /// <summary>The configuration the AppHost itself was built in: services run from the same one.</summary>
    public static readonly string BuildConfiguration =
        typeof(ServiceBuilderExtensions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>
    /// Adds a service from its built output with a fixed, proxyless HTTP endpoint on 127.0.0.1, OTLP
    /// export to the dashboard, <c>/health</c> as its health check and the AppHost's environment name.
    /// </summary>
    public static IResourceBuilder<ServiceResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, int? port = null)
        where TProject : IProjectMetadata, new()
    {
        var projectPath = new TProject().ProjectPath;
        var assemblyName = Path.GetFileNameWithoutExtension(projectPath);
        var output = Output(builder, Path.GetDirectoryName(projectPath)!);
        var executable = Path.Combine(output, assemblyName);
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: build the solution in {BuildConfiguration} first (./wbs run does).");
        }
        var listenPort = port ?? PortAllocator.GetFreePort();
        var healthKey = $"{name}_check";
        PatientHealthCheck.Register(builder, healthKey, () => new ServiceHealthCheck(listenPort));
        var environment = builder.Environment.EnvironmentName;
        return builder.AddResource(new ServiceResource(name, executable, output))
            .WithHttpEndpoint(port: listenPort, targetPort: listenPort, isProxied: false)
            .WithEnvironment("ASPNETCORE_URLS", "http://127.0.0.1:" + listenPort)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment)
            .WithEnvironment("DOTNET_ENVIRONMENT", environment)
            .WithOtlpExporter()
            // Metrics every 5 s rather than Aspire's development 1 s: the dashboard's graphs stay live, while the
            // services send (and the dashboard holds in memory) a fifth of the points.
            .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "5000")
            .WithHealthCheck(healthKey)
            .WithRestartPolicy();
    }

    /// <summary>
    /// The built output, or with <c>WBS_READY_TO_RUN=true</c> (<c>./wbs run</c>, <c>./wbs bench</c>) the
    /// ReadyToRun publish beside it: precompiled code spends about a third less CPU starting, and all
    /// services start at once on two cores.
    /// </summary>
    private static string Output(IDistributedApplicationBuilder builder, string projectDirectory) =>
        OutputFolder(projectDirectory, builder.Configuration.GetValue<bool>("WBS_READY_TO_RUN"));

    /// <summary>A project's build output in <see cref="BuildConfiguration"/>, or its ReadyToRun publish.</summary>
    public static string OutputFolder(string projectDirectory, bool readyToRun)
    {
        var build = Path.Combine(projectDirectory, "bin", BuildConfiguration, "net10.0");
        return readyToRun ? Path.Combine(build, "linux-x64", "publish") : build;
    }

    /// <summary>What the service cannot start without: the connection string, and a wait until it is healthy.</summary>
    public static IResourceBuilder<ServiceResource> WithDependency(this IResourceBuilder<ServiceResource> service,
        IResourceBuilder<IResourceWithConnectionString> dependency) => service.WithReference(dependency).WaitFor(dependency);

    /// <summary>The service's own broker user as <c>ConnectionStrings__messaging</c>, and a wait until that user exists.</summary>
    public static IResourceBuilder<ServiceResource> WithBroker(this IResourceBuilder<ServiceResource> service,
        IResourceBuilder<IResourceWithConnectionString> broker) => service.WithReference(broker, "messaging").WaitFor(broker);

    /// <summary>Another service it calls (its <c>services__name__http__0</c>), and a wait until it is healthy.</summary>
    public static IResourceBuilder<ServiceResource> WithDependency(this IResourceBuilder<ServiceResource> service,
        IResourceBuilder<ServiceResource> dependency) => service.WithReference(dependency).WaitFor(dependency);
}
