using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wbs.ServiceDefaults.Auth;
using Wbs.ServiceDefaults.Tenancy;

namespace Wbs.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ from <c>ConnectionStrings:messaging</c> (an amqp:// URI): queues named
    /// after the service, retries with back-off then the <c>_error</c> queue. Without a connection
    /// string the bus is not added (a service that only answers HTTP).
    /// </summary>
    public static IHostApplicationBuilder AddWbsMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configure = null)
    {
        var uri = builder.Configuration.GetConnectionString("messaging")
            ?? throw new InvalidOperationException("ConnectionStrings:messaging is not configured.");
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix: serviceName.Replace('.', '-').ToLowerInvariant(), includeNamespace: false));
            bus.AddSessionRevocations();
            bus.AddTenantProfileChanges();
            configure?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var amqp = new Uri(uri);
                var user = Uri.UnescapeDataString(amqp.UserInfo.Split(':')[0]);
                var password = Uri.UnescapeDataString(amqp.UserInfo.Split(':').ElementAtOrDefault(1) ?? "");
                var vhost = amqp.AbsolutePath.Trim('/') is { Length: > 0 } v ? Uri.UnescapeDataString(v) : "/";
                rabbit.Host(amqp.Host, (ushort)(amqp.IsDefaultPort ? 5672 : amqp.Port), vhost, h =>
                {
                    h.Username(user);
                    h.Password(password);
                });
                // Immediate retries for blips, then longer intervals that ride out a restart of a
                // dependency; what still fails lands in the endpoint's _error queue for the ops team.
                rabbit.UseMessageRetry(r => r.Intervals(
                    TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2),
                    TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)));
                rabbit.ConfigureEndpoints(context);
            });
        });
        // A receive endpoint caught setting up its queue while RabbitMQ restarted was seen to wait for ever when its bus
        // stopped, and the process never exited (the host's own shutdown timeout only cancels a token MassTransit's
        // wait ignores). The wait is bounded; the bus is still told to stop.
        builder.Services.Configure<MassTransitHostOptions>(o => o.StopTimeout = TimeSpan.FromSeconds(15));
        // After MassTransit's own hosted service, so that the bus is started when the primer asks.
        builder.Services.AddHostedService<SessionRevocationPrimer>();
        return builder;
    }

    /// <summary>
    /// Runs the outbox dispatcher of <typeparamref name="TContext"/>, woken by every commit that
    /// wrote outbox rows — in this instance directly, in any other through PostgreSQL's LISTEN/NOTIFY —
    /// with its health check (<c>outbox</c>) and metrics.
    /// </summary>
    public static IHostApplicationBuilder AddOutboxDispatcher<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        var services = builder.Services;
        services.AddValidatedOptions<OutboxOptions>(OutboxOptions.Section);
        services.TryAddSingleton<OutboxMetrics>();
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddSingleton<OutboxSignalInterceptor<TContext>>();
        services.ConfigureDbContext<TContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<OutboxSignalInterceptor<TContext>>()));
        services.AddSingleton<OutboxDispatcher<TContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher<TContext>>());
        services.AddHostedService<OutboxListener<TContext>>();
        services.AddSingleton<OutboxPruner<TContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxPruner<TContext>>());
        services.AddHealthChecks().AddCheck<OutboxHealthCheck<TContext>>("outbox", HealthStatus.Degraded);
        return builder;
    }
}
