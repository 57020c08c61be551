namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record AssignmentRequest(Guid? AssigneeId);
