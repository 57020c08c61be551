using System.Net.Http.Json;
using Aspire.Hosting.Testing;
using RabbitMQ.Client;
using Wbs.AppHost.Resources;

namespace Wbs.AppHost.Tests;

/// <summary>
/// In the running system each service is connected to the broker as its own user, and Intake's credentials
/// (its <c>ConnectionStrings__messaging</c>) cannot publish an account link.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ServiceBrokerUsersTests(AppHostFixture system)
{
    private static readonly string[] Services = ["identity", "intake", "casemanagement", "evidencestorage", "notification"];

    [Fact]
    public async Task Every_service_consumes_as_its_own_broker_user_and_none_as_the_management_user()
    {
        var ct = TestContext.Current.CancellationToken;
        using var management = system.BrokerManagementClient();

        var users = await Eventually.GetAsync(async () =>
        {
            var connections = await management.GetFromJsonAsync<List<JsonElement>>("connections", ct) ?? [];
            var names = connections.Select(c => c.GetProperty("user").GetString()!).ToHashSet();
            return Services.All(names.Contains) ? names : null;
        }, TimeSpan.FromSeconds(60), "a connection of every service");

        Assert.DoesNotContain("wbs", users);
        // Their consumers are bound: each service's durable queues have a consumer (no permission was refused). A service
        // restarted by an earlier test of the collection connects before it binds its consumers, hence the wait.
        var consuming = new[] { "notification-reporter-account-linked", "casemanagement-complaint-submitted" };
        // And each asking service's bus endpoint (where Identity's answers about revoked sessions arrive) was declared under its
        // service's user; Identity asks nothing, and MassTransit declares a bus endpoint only when it is needed.
        var processes = new[] { "WbsIntake", "WbsCaseManagem", "WbsEvidenceSto", "WbsNotificatio" };
        var missing = new List<string>();
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                var queues = await management.GetFromJsonAsync<List<JsonElement>>("queues", ct) ?? [];
                // A queue declared a moment ago is listed before its statistics: no "consumers" field yet counts as none.
                var withConsumers = queues.Where(q => q.TryGetProperty("consumers", out var count) && count.GetInt32() > 0)
                    .Select(q => q.GetProperty("name").GetString()!).ToList();
                missing = [.. consuming.Where(name => !withConsumers.Contains(name)),
                    .. processes.Where(p => !withConsumers.Any(name => name.Contains($"_{p}", StringComparison.Ordinal) && name.Contains("_bus_", StringComparison.Ordinal)))];
                return missing.Count == 0;
            }, TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no consumer within 90 s on: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public async Task Intakes_broker_credentials_cannot_publish_an_account_link()
    {
        var ct = TestContext.Current.CancellationToken;
        var intake = new Uri((await system.App.GetConnectionStringAsync("messaging-intake", ct))!);
        Assert.Equal("intake", intake.UserInfo.Split(':')[0]);
        var factory = new ConnectionFactory { Uri = intake };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), ct);

        await Assert.ThrowsAnyAsync<Exception>(() => channel.BasicPublishAsync("Wbs.Contracts:ReporterAccountLinked", "", true,
            new BasicProperties(), "{}"u8.ToArray(), ct).AsTask());
        Assert.Equal<ushort?>(403, channel.CloseReason?.ReplyCode);

        // The same credentials still publish what Intake publishes.
        await using var own = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), ct);
        await own.ExchangeDeclareAsync("Wbs.Contracts:ComplaintSubmitted", ExchangeType.Fanout, durable: true, cancellationToken: ct);
        Assert.True(own.IsOpen);
    }
}
