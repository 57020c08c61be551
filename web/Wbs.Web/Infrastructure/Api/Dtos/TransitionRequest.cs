namespace Wbs.Web.Infrastructure.Api.Dtos;

public sealed record TransitionRequest(string To, string? PublicMessage, string? InternalNote, string? Outcome, string? Reason);
