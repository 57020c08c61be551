using Aspire.Hosting;
using Aspire.Hosting.Eventing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wbs.AppHost.Resources;

public static class RabbitMQBuilderExtensions
{
    private const string Script = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>
    /// Erlang VM flags: distribution on loopback only, and no scheduler busy-waiting (Erlang's schedulers
    /// spin for work by default, which on two shared cores takes CPU from the services starting beside it).
    /// </summary>
    public const string ErlangArguments = "-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none";

    /// <summary>
    /// RabbitMQ on 127.0.0.1 with the management plugin, its data under <paramref name="dataDirectory"/>,
    /// and its own epmd as a resource of its own on a private port (else <c>erl</c> leaves a daemon behind).
    /// </summary>
    public static IResourceBuilder<LocalRabbitMQResource> AddLocalRabbitMQ(this IDistributedApplicationBuilder builder, string name,
        int port, int managementPort, IResourceBuilder<ParameterResource> password, string dataDirectory)
    {
        if (!File.Exists(Script))
        {
            throw new InvalidOperationException($"{Script} not found: apt-get install -y rabbitmq-server");
        }
        var root = Directory.CreateDirectory(Path.GetFullPath(dataDirectory)).FullName;
        var epmdPort = PortAllocator.GetFreePort();
        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", root, "-address", "127.0.0.1", "-port", epmdPort.ToString())
            .WithRestartPolicy();

        var broker = new LocalRabbitMQResource(name, Script, root, password.Resource);
        var healthKey = $"{name}_check";
        PatientHealthCheck.Register(builder, healthKey, () => new RabbitMQHealthCheck(broker, managementPort));
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(broker, async (_, ct) =>
            await WriteConfigurationAsync(root, port, managementPort, await password.Resource.GetValueAsync(ct) ?? "", ct));
        builder.Eventing.Subscribe<ResourceReadyEvent>(broker, async (e, ct) => await CreateUsersAsync(e.Services, broker, managementPort, ct));

        return builder.AddResource(broker)
            .WithEndpoint(port: port, targetPort: port, name: "tcp", scheme: "tcp", isProxied: false)
            .WithHttpEndpoint(port: managementPort, targetPort: managementPort, name: "management", isProxied: false)
            // The wrapper script execs erl in place under systemd: the real exit code, SIGTERM reaches the VM.
            .WithEnvironment("RUNNING_UNDER_SYSTEMD", "true")
            .WithEnvironment("RABBITMQ_NODENAME", "wbs" + port + "@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", port.ToString())
            .WithEnvironment("RABBITMQ_DIST_PORT", PortAllocator.GetFreePort().ToString())
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(root, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(root, "log"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(root, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(root, "rabbitmq.conf"))
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(root, "rabbitmq.pid"))
            .WithEnvironment("HOME", Path.Combine(root, "home"))
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment("ERL_EPMD_PORT", epmdPort.ToString())
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", ErlangArguments)
            .WaitFor(epmd)
            .WithHealthCheck(healthKey)
            .WithRestartPolicy();
    }

    /// <summary>A service's own broker user (its permissions from <see cref="BrokerUsers"/>), created when the broker is healthy.</summary>
    public static IResourceBuilder<LocalRabbitMQUserResource> AddUser(this IResourceBuilder<LocalRabbitMQResource> broker, BrokerUser user,
        IResourceBuilder<ParameterResource> password)
    {
        var resource = new LocalRabbitMQUserResource($"{broker.Resource.Name}-{user.Service}", broker.Resource, user, password.Resource);
        broker.Resource.Users.Add(resource);
        return broker.ApplicationBuilder.AddResource(resource)
            .WithInitialState(new() { ResourceType = "RabbitMQUser", State = KnownResourceStates.Waiting, Properties = [] });
    }

    /// <summary>
    /// Creates (or updates, after a restart) each service's user through the management API as the broker's own
    /// user; a service waits for its user, so it never connects before its permissions exist.
    /// </summary>
    private static async Task CreateUsersAsync(IServiceProvider services, LocalRabbitMQResource broker, int managementPort, CancellationToken ct)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var log = services.GetRequiredService<ResourceLoggerService>().GetLogger(broker);
        using var management = RabbitMQManagement.Client(RabbitMQManagement.Api(managementPort), LocalRabbitMQResource.UserName,
            await broker.Password.GetValueAsync(ct) ?? "", TimeSpan.FromSeconds(10));
        foreach (var user in broker.Users)
        {
            try
            {
                await BrokerUsers.ApplyAsync(management, user.User, await user.Password.GetValueAsync(ct) ?? "", "/", ct);
                await notifications.PublishUpdateAsync(user, s => s with { State = KnownResourceStates.Running });
            }
            catch (HttpRequestException ex)
            {
                log.LogError("Creating the broker user {User} failed: {Message}", user.User.Service, ex.Message);
                await notifications.PublishUpdateAsync(user, s => s with { State = KnownResourceStates.FailedToStart });
                throw;
            }
        }
    }

    private static async Task WriteConfigurationAsync(string root, int port, int managementPort, string password, CancellationToken ct)
    {
        foreach (var dir in new[] { "mnesia", "log", "home" })
        {
            Directory.CreateDirectory(Path.Combine(root, dir));
        }
        await File.WriteAllTextAsync(Path.Combine(root, "enabled_plugins"), "[rabbitmq_management].", ct);
        var config = Path.Combine(root, "rabbitmq.conf");
        await File.WriteAllTextAsync(config, $"""
            listeners.tcp.1 = 127.0.0.1:{port}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {managementPort}
            default_user = {LocalRabbitMQResource.UserName}
            default_pass = {password}
            loopback_users = none
            log.console = true
            log.console.level = warning
            log.file = false
            """, ct);
        // The broker's password is in this file: owner only, and the Mnesia folder likewise.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.SetUnixFileMode(Path.Combine(root, "mnesia"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
