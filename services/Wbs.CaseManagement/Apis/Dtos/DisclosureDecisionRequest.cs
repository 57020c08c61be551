namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record DisclosureDecisionRequest(bool? Approve, string? Note);
