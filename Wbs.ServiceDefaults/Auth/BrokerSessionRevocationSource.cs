using MassTransit;
using Wbs.Contracts;

namespace Wbs.ServiceDefaults.Auth;

/// <summary>Asks Identity over the broker, so the answer is authenticated by the broker's per-service users.</summary>
public sealed class BrokerSessionRevocationSource(IRequestClient<ActiveSessionRevocationsRequested> client) : ISessionRevocationSource
{
    public async Task<IReadOnlyList<SessionsRevoked>> GetActiveAsync(CancellationToken cancellationToken)
    {
        var response = await client.GetResponse<ActiveSessionRevocations>(new ActiveSessionRevocationsRequested(), cancellationToken,
            RequestTimeout.After(s: 5));
        return response.Message.Items;
    }
}
