namespace Wbs.CaseManagement.Apis.Validators;

public sealed class MessageRequestValidator : IValidator<MessageRequest>
{
    public const int MaxLength = 5000;

    public void Validate(MessageRequest request, ValidationErrors errors, HttpContext http) =>
        errors.Length("body", request.Body, 1, MaxLength);
}
