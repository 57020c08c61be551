namespace Wbs.Contracts.Api;

/// <summary>
/// A report received outside the web (API.md "Case work"): the complaint body plus how and when it came,
/// in one flat JSON object. Staff enter it; the complaint code in the answer is handed to the reporter.
/// </summary>
public sealed record ReceivedComplaintRequest : ComplaintRequest
{
    public string? Channel { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
}
