namespace Wbs.AppHost.Resources;

/// <summary>
/// A WBS service started from its built executable (not through a <c>dotnet run</c> launcher, which
/// costs 70–80 MiB a process): an executable that other resources discover like an Aspire project.
/// </summary>
public sealed class ServiceResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithServiceDiscovery
{
    public EndpointReference HttpEndpoint => new(this, "http");
}
