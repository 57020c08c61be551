using MassTransit;
using Wbs.Contracts;

namespace Wbs.ServiceDefaults.Auth;

/// <summary>Applies a revocation to this instance's token checks; applying one twice changes nothing.</summary>
public sealed class SessionsRevokedConsumer(SessionRevocations revocations) : IConsumer<SessionsRevoked>
{
    public Task Consume(ConsumeContext<SessionsRevoked> context)
    {
        revocations.Apply(context.Message);
        return Task.CompletedTask;
    }
}
