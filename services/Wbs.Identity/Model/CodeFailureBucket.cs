namespace Wbs.Identity.Model;

/// <summary>Failed complaint-code look-ups of one tenant within one slice of the sliding window.</summary>
public sealed class CodeFailureBucket
{
    public required string Tenant { get; init; }
    public DateTimeOffset BucketStart { get; init; }
    public int Failures { get; set; }
}
