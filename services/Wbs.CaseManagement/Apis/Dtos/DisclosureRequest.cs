namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record DisclosureRequest(string? Reason);
