namespace Wbs.CaseManagement.Apis.Dtos;

/// <summary>Intake asks before it releases report content to a staff member: what for (<c>content</c>, <c>titles</c>, <c>search</c>) and which reports.</summary>
public sealed record ContentReadRequest(string? Purpose, IReadOnlyList<string>? TrackingNumbers);
