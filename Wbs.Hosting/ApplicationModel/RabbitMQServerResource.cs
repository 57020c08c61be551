namespace Wbs.Hosting.ApplicationModel;

/// <summary>A RabbitMQ node run from Debian's package; reached as an <c>amqp://</c> URI.</summary>
public sealed class RabbitMQServerResource(string name, int port, int managementPort, string password, string dataDirectory)
    : IResourceWithConnectionString
{
    public string Name { get; } = name;
    public int Port { get; set; } = port;
    public int ManagementPort { get; set; } = managementPort;
    public string User { get; set; } = "wbs";
    public string Password { get; set; } = password;
    public string DataDirectory { get; set; } = dataDirectory;

    /// <summary>The running node, once started.</summary>
    public Infrastructure.RabbitMqServer? Server { get; internal set; }

    public string GetConnectionString() =>
        $"amqp://{Uri.EscapeDataString(User)}:{Uri.EscapeDataString(Password)}@127.0.0.1:{Port}/";
}
