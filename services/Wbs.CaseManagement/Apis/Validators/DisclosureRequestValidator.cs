namespace Wbs.CaseManagement.Apis.Validators;

public sealed class DisclosureRequestValidator : IValidator<DisclosureRequest>
{
    /// <summary>Long enough to say why the identity is needed; the reporter reads it.</summary>
    public const int MinLength = 10, MaxLength = 1000;

    public void Validate(DisclosureRequest request, ValidationErrors errors, HttpContext http) =>
        errors.Length("reason", request.Reason, MinLength, MaxLength);
}
