using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wbs.Contracts;

namespace Wbs.ServiceDefaults.Auth;

public static class SessionRevocationMessaging
{
    /// <summary>
    /// Every instance consumes <see cref="SessionsRevoked"/> on its own temporary queue (a shared
    /// queue would tell only one instance) and may ask Identity for the active revocations.
    /// </summary>
    public static IBusRegistrationConfigurator AddSessionRevocations(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(SessionRevocations.Create);
        bus.AddConsumer<SessionsRevokedConsumer>().Endpoint(e =>
        {
            e.Temporary = true;
            e.InstanceId = Guid.NewGuid().ToString("N")[..12];
        });
        bus.AddRequestClient<ActiveSessionRevocationsRequested>();
        return bus;
    }
}
