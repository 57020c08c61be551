namespace Wbs.Contracts.Api;

public sealed record TransitionRequest(string? To, string? PublicMessage, string? InternalNote, string? Outcome, string? Reason);
