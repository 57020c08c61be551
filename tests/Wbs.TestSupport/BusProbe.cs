using System.Collections.Concurrent;
using MassTransit;

namespace Wbs.TestSupport;

/// <summary>
/// A real MassTransit bus on a test's virtual host: publishes messages the way a service would
/// (with a chosen MessageId, to test redelivery) and records every message of the observed types.
/// Start it before the action under test, so its queue is bound when the event is published.
/// </summary>
public sealed class BusProbe : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<Delivery> _received = new();

    /// <summary>One message as the probe received it, with its transport headers (trace context among them).</summary>
    public sealed record Delivery(Guid? MessageId, object Message, IReadOnlyDictionary<string, string> Headers);

    private BusProbe(IBusControl bus) => _bus = bus;

    public static async Task<BusProbe> StartAsync(string amqpUri, params Type[] observed)
    {
        BusProbe? probe = null;
        var uri = new Uri(amqpUri);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            var user = Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]);
            var password = Uri.UnescapeDataString(uri.UserInfo.Split(':')[1]);
            cfg.Host(uri.Host, (ushort)uri.Port, Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')), h =>
            {
                h.Username(user);
                h.Password(password);
            });
            if (observed.Length > 0)
            {
                cfg.ReceiveEndpoint($"test-probe-{Guid.NewGuid():N}", e =>
                {
                    e.AutoDelete = true;
                    foreach (var type in observed)
                    {
                        typeof(BusProbe).GetMethod(nameof(Observe), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                            .MakeGenericMethod(type).Invoke(null, [e, (Action<Delivery>)(d => probe!._received.Enqueue(d))]);
                    }
                });
            }
        });
        probe = new BusProbe(bus);
        await bus.StartAsync(TimeSpan.FromSeconds(30).ToCancellationToken());
        return probe;
    }

    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        _bus.Publish(message, ctx => ctx.MessageId = messageId ?? Guid.NewGuid());

    public IReadOnlyList<T> Received<T>() => _received.Select(r => r.Message).OfType<T>().ToList();

    public IReadOnlyList<(Guid? MessageId, T Message)> ReceivedWithIds<T>() =>
        _received.Where(r => r.Message is T).Select(r => (r.MessageId, (T)r.Message)).ToList();

    public Task<Delivery> WaitForDeliveryAsync<T>(Func<T, bool> match, TimeSpan? timeout = null) where T : class =>
        Eventually.GetAsync(() => Task.FromResult(_received.FirstOrDefault(r => r.Message is T m && match(m))), timeout, $"a {typeof(T).Name} message");

    public async Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan? timeout = null) where T : class =>
        (T)(await WaitForDeliveryAsync(match, timeout)).Message;

    public async ValueTask DisposeAsync() => await _bus.StopAsync(TimeSpan.FromSeconds(10).ToCancellationToken());

    private static void Observe<T>(IRabbitMqReceiveEndpointConfigurator endpoint, Action<Delivery> record) where T : class =>
        endpoint.Handler<T>(ctx =>
        {
            record(new Delivery(ctx.MessageId, ctx.Message,
                ctx.Headers.GetAll().ToDictionary(h => h.Key, h => h.Value?.ToString() ?? "", StringComparer.OrdinalIgnoreCase)));
            return Task.CompletedTask;
        });
}

internal static class TimeSpanExtensions
{
    public static CancellationToken ToCancellationToken(this TimeSpan timeout) => new CancellationTokenSource(timeout).Token;
}
