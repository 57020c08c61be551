namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>Where the tenant profiles come from: Intake's database in Intake, Intake over HTTP everywhere else.</summary>
public interface ITenantRegistry
{
    Task<IReadOnlyList<TenantProfile>> ListAsync(CancellationToken cancellationToken);
}
