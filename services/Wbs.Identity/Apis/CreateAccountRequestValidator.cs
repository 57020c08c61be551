namespace Wbs.Identity.Apis;

public sealed class CreateAccountRequestValidator : IValidator<CreateAccountRequest>
{
    public void Validate(CreateAccountRequest request, ValidationErrors errors, HttpContext http)
    {
        var username = Usernames.Normalize(request.Username);
        if (!Usernames.IsValid(username))
        {
            errors.Add("username", Usernames.Rule);
        }
        if (PasswordPolicy.Check(request.Password, username) is { } problem)
        {
            errors.Add("password", problem);
        }
        if (!string.IsNullOrWhiteSpace(request.ComplaintCode) && ComplaintCode.Normalize(request.ComplaintCode) is null)
        {
            errors.Add("complaintCode", "Format kode pengaduan tidak dikenali. / The complaint code is not well-formed.");
        }
    }
}
