namespace Wbs.Identity.Model;

/// <summary>
/// No longer written: a tenant-wide guess counter let anyone keep every code holder out. Kept so the
/// model matches the applied migrations; a later migration drops the table.
/// </summary>
public sealed class CodeFailureBucket
{
    public required string Tenant { get; init; }
    public DateTimeOffset BucketStart { get; init; }
    public int Failures { get; set; }
}
