using System.Text;
using RabbitMQ.Client;
using Wbs.AppHost.Resources;
using Wbs.TestSupport;

namespace Wbs.AppHost.Tests;

/// <summary>The per-service broker users on a real RabbitMQ: only Identity may publish an account link.</summary>
public sealed class BrokerUserTests(InfrastructureFixture infra) : IClassFixture<InfrastructureFixture>
{
    private const string AccountLinked = "Wbs.Contracts:ReporterAccountLinked";

    [Fact]
    public async Task Only_identity_can_publish_an_account_link_and_its_consumers_receive_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var (vhost, passwords) = await UsersAsync(ct);
        await using var identity = await ConnectAsync("identity", passwords["identity"], vhost, ct);
        await using var publisher = await identity.CreateChannelAsync(new CreateChannelOptions(true, true), ct);
        await publisher.ExchangeDeclareAsync(AccountLinked, ExchangeType.Fanout, durable: true, cancellationToken: ct);

        foreach (var user in BrokerUsers.All.Where(u => u.Service != "identity"))
        {
            await using var connection = await ConnectAsync(user.Service, passwords[user.Service], vhost, ct);
            await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), ct);
            await Assert.ThrowsAnyAsync<Exception>(() =>
                channel.BasicPublishAsync(AccountLinked, "", true, new BasicProperties(), "{}"u8.ToArray(), ct).AsTask());
            Assert.Equal<ushort?>(403, channel.CloseReason?.ReplyCode);
        }

        await using var notification = await ConnectAsync("notification", passwords["notification"], vhost, ct);
        await using var inbox = await notification.CreateChannelAsync(cancellationToken: ct);
        await inbox.QueueDeclareAsync("notification-reporter-account-linked", durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        await inbox.QueueBindAsync("notification-reporter-account-linked", AccountLinked, "", cancellationToken: ct);
        await publisher.BasicPublishAsync(AccountLinked, "", true, new BasicProperties(), "{\"linked\":true}"u8.ToArray(), ct);

        var received = await Eventually.GetAsync(() => inbox.BasicGetAsync("notification-reporter-account-linked", true, ct), TimeSpan.FromSeconds(10));
        Assert.Equal("{\"linked\":true}", Encoding.UTF8.GetString(received.Body.Span));
    }

    [Fact]
    public async Task A_service_cannot_read_another_services_queue()
    {
        var ct = TestContext.Current.CancellationToken;
        var (vhost, passwords) = await UsersAsync(ct);
        await using var intake = await ConnectAsync("intake", passwords["intake"], vhost, ct);
        await using var channel = await intake.CreateChannelAsync(cancellationToken: ct);

        await Assert.ThrowsAnyAsync<Exception>(() => channel.QueueDeclareAsync("notification-complaint-submitted", durable: true, exclusive: false,
            autoDelete: false, cancellationToken: ct));
        Assert.Equal<ushort?>(403, channel.CloseReason?.ReplyCode);
    }

    private async Task<(string VirtualHost, Dictionary<string, string> Passwords)> UsersAsync(CancellationToken ct)
    {
        var admin = new Uri(await infra.CreateVirtualHostAsync());
        var vhost = Uri.UnescapeDataString(admin.AbsolutePath.Trim('/'));
        var credentials = Uri.UnescapeDataString(admin.UserInfo).Split(':', 2);
        using var management = RabbitMQManagement.Client(RabbitMQManagement.Api(infra.RabbitMq.ManagementPort), credentials[0], credentials[1]);
        var passwords = BrokerUsers.All.ToDictionary(u => u.Service, _ => TestKeys.NewPassword());
        foreach (var user in BrokerUsers.All)
        {
            await BrokerUsers.ApplyAsync(management, user, passwords[user.Service], vhost, ct);
        }
        return (vhost, passwords);
    }

    private Task<IConnection> ConnectAsync(string user, string password, string vhost, CancellationToken ct) =>
        new ConnectionFactory { HostName = "127.0.0.1", Port = infra.RabbitMq.Port, UserName = user, Password = password, VirtualHost = vhost }
            .CreateConnectionAsync(ct);
}
