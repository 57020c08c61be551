namespace Wbs.CaseManagement.Infrastructure;

/// <summary>Identity's internal staff list of a tenant (the caller's staff token is forwarded).</summary>
public interface IStaffDirectory
{
    /// <exception cref="PeerUnavailableException">Identity did not answer.</exception>
    Task<IReadOnlyList<StaffMember>> GetStaffAsync(string tenant, CancellationToken cancellationToken);
}
