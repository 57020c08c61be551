using Wbs.Contracts;

namespace Wbs.ServiceDefaults.Auth;

/// <summary>Where a starting instance learns the revocations still in force: Identity's database in Identity, a broker request elsewhere.</summary>
public interface ISessionRevocationSource
{
    Task<IReadOnlyList<SessionsRevoked>> GetActiveAsync(CancellationToken cancellationToken);
}
