namespace Wbs.TestSupport.Infrastructure;

public sealed record RabbitMqOptions
{
    public required string DataDirectory { get; init; }
    public required int Port { get; init; }
    public required int ManagementPort { get; init; }
    public string User { get; init; } = "wbs";
    public required string Password { get; init; }
}
