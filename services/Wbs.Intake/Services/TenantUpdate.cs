namespace Wbs.Intake.Services;

/// <summary>What became of an edit of a tenant in the registry.</summary>
public abstract record TenantUpdate
{
    public sealed record Changed(TenantProfile Tenant) : TenantUpdate;

    public sealed record Unknown : TenantUpdate;

    /// <summary>Another edit was saved since the version this one was made from; nothing was changed.</summary>
    public sealed record Stale(long CurrentVersion) : TenantUpdate;
}
