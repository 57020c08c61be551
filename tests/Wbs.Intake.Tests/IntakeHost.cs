using Wbs.Intake.Infrastructure;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>Intake in the test process, on its own fresh database and RabbitMQ virtual host.</summary>
public sealed class IntakeHost(ServiceSettings settings, TestTokens tokens) : ServiceHost<Program>(settings, tokens)
{
    public string AmqpUri => settings.Messaging;
    public string ConnectionString => settings["ConnectionStrings:intakedb"]!;
    public string DigestKey => settings["Security:Keys:CodeDigest"]!;

    /// <param name="database">An existing Intake database, to run a second instance beside the first.</param>
    /// <param name="extra">Settings that replace the defaults (e.g. <c>Outbox:Sweep</c>).</param>
    public static async Task<IntakeHost> StartAsync(InfrastructureFixture infra, string? amqpUri = null, string? database = null,
        Dictionary<string, string?>? extra = null)
    {
        var tokens = new TestTokens();
        var settings = await ServiceSettings.FreshAsync(infra, "intakedb", tokens, database, amqpUri);
        return new IntakeHost(settings.WithKeys("Content", "Identity", "CodeDigest").Merge(extra), tokens);
    }

    public HttpClient Client(string? bearer = null) => CreateClient(bearer);

    public Task<T> WithDbAsync<T>(Func<IntakeDbContext, Task<T>> action) => WithServiceAsync(action);
}
