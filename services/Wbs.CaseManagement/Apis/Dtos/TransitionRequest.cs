namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record TransitionRequest(string? To, string? PublicMessage, string? InternalNote, string? Outcome, string? Reason);
