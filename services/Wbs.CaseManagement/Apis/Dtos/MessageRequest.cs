namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record MessageRequest(string? Body);
