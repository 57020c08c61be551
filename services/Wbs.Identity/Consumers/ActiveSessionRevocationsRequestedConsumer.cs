using MassTransit;

namespace Wbs.Identity.Consumers;

/// <summary>Answers a starting instance with the revocations still in force.</summary>
public sealed class ActiveSessionRevocationsRequestedConsumer(DatabaseSessionRevocationSource source) : IConsumer<ActiveSessionRevocationsRequested>
{
    public async Task Consume(ConsumeContext<ActiveSessionRevocationsRequested> context) =>
        await context.RespondAsync(new ActiveSessionRevocations { Items = await source.GetActiveAsync(context.CancellationToken) });
}
