using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Wbs.ServiceDefaults.Messaging;

public static class InboxExtensions
{
    /// <summary>
    /// Adds a consumer whose every message passes the <see cref="InboxFilter{TContext, TConsumer, TMessage}"/>
    /// on <typeparamref name="TContext"/> (the service's database): the one way a service consumer is made
    /// idempotent. Consumers of per-instance state (session revocations, request/response) use plain
    /// <c>AddConsumer</c>: each delivery must reach them.
    /// </summary>
    public static IConsumerRegistrationConfigurator<TConsumer> AddInboxConsumer<TConsumer, TContext>(this IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer
        where TContext : DbContext =>
        bus.AddConsumer<TConsumer>((_, consumer) => consumer.ConnectConsumerConfigurationObserver(new InboxObserver<TContext>()));

    private sealed class InboxObserver<TContext> : IConsumerConfigurationObserver where TContext : DbContext
    {
        public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator) where TConsumer : class
        {
        }

        public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
            where TConsumer : class
            where TMessage : class =>
            configurator.UseFilter(new InboxFilter<TContext, TConsumer, TMessage>());
    }
}
