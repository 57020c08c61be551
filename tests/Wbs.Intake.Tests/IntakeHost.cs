using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Intake.Infrastructure;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>Intake in the test process, on its own fresh database and RabbitMQ virtual host.</summary>
public sealed class IntakeHost(ServiceFactory<Program> factory, string amqpUri, string connectionString, string digestKey, TestTokens tokens)
    : IAsyncDisposable
{
    public ServiceFactory<Program> Factory => factory;
    public string AmqpUri => amqpUri;
    public string ConnectionString => connectionString;
    public string DigestKey => digestKey;
    public TestTokens Tokens => tokens;

    /// <param name="database">An existing Intake database, to run a second instance beside the first.</param>
    /// <param name="extra">Settings that replace the defaults (e.g. <c>Outbox:Sweep</c>).</param>
    public static async Task<IntakeHost> StartAsync(InfrastructureFixture infra, string? amqpUri = null, string? database = null,
        Dictionary<string, string?>? extra = null)
    {
        var db = database ?? await infra.CreateDatabaseAsync("intake");
        var amqp = amqpUri ?? await infra.CreateVirtualHostAsync();
        var digestKey = TestKeys.NewKey();
        var tokens = new TestTokens();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:intakedb"] = db,
            ["ConnectionStrings:messaging"] = amqp,
            ["Security:Keys:Content"] = TestKeys.NewKey(), ["Security:Keys:Identity"] = TestKeys.NewKey(),
            ["Security:Keys:CodeDigest"] = digestKey,
            ["Auth:Jwks"] = tokens.Jwks,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }
        return new IntakeHost(new ServiceFactory<Program>(settings), amqp, db, digestKey, tokens);
    }

    public HttpClient Client(string? bearer = null)
    {
        var client = factory.CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<IntakeDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IntakeDbContext>());
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();
}
