namespace Wbs.Identity.Apis;

public sealed class CreateAccountRequestValidator : IValidator<CreateAccountRequest>
{
    public void Validate(CreateAccountRequest request, ValidationErrors errors, HttpContext http)
    {
        if (!Usernames.IsValid(Usernames.Normalize(request.Username)))
        {
            errors.Add("username", Usernames.Rule);
        }
        if (PasswordPolicy.Check(request.Password) is { } problem)
        {
            errors.Add("password", problem);
        }
        if (!string.IsNullOrWhiteSpace(request.ComplaintCode) && ComplaintCode.Normalize(request.ComplaintCode) is null)
        {
            errors.Add("complaintCode", "Format kode pengaduan tidak dikenali. / The complaint code is not well-formed.");
        }
    }
}
