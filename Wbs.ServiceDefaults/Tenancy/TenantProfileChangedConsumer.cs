using MassTransit;
using Wbs.Contracts;

namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>Re-reads the registry when a tenant changed; every instance has its own queue, so each one hears it.</summary>
public sealed class TenantProfileChangedConsumer(TenantCatalogRefresher refresher) : IConsumer<TenantProfileChanged>
{
    public Task Consume(ConsumeContext<TenantProfileChanged> context) => refresher.RefreshAsync(context.CancellationToken);
}
