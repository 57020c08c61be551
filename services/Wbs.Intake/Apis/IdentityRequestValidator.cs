namespace Wbs.Intake.Apis;

/// <summary>A sealed identity left after submission: a name or a contact (or both), within the submission's limits.</summary>
public sealed class IdentityRequestValidator : IValidator<IdentityRequest>
{
    public void Validate(IdentityRequest request, ValidationErrors errors, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.Name) && string.IsNullOrWhiteSpace(request.Contact))
        {
            errors.Add("name", "Isi nama atau kontak. / Give a name or a contact.");
        }
        errors.Length("name", request.Name, 0, 200);
        errors.Length("contact", request.Contact, 0, 500);
    }
}
