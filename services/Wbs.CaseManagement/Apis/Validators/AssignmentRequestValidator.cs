namespace Wbs.CaseManagement.Apis.Validators;

public sealed class AssignmentRequestValidator : IValidator<AssignmentRequest>
{
    public void Validate(AssignmentRequest request, ValidationErrors errors, HttpContext http)
    {
        if (request.AssigneeId is null || request.AssigneeId == Guid.Empty)
        {
            errors.Add("assigneeId", ValidationMessages.Required);
        }
    }
}
