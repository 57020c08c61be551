namespace Wbs.Intake.Infrastructure;

/// <summary>The last tracking number handed out per tenant and year.</summary>
public sealed class TrackingCounter
{
    public required string Tenant { get; init; }
    public int Year { get; init; }
    public long Last { get; set; }
}
