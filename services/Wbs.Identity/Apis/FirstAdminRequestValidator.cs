namespace Wbs.Identity.Apis;

public sealed class FirstAdminRequestValidator : IValidator<FirstAdminRequest>
{
    public void Validate(FirstAdminRequest request, ValidationErrors errors, HttpContext http)
    {
        if (!Usernames.IsValid(Usernames.Normalize(request.Username)))
        {
            errors.Add("username", Usernames.Rule);
        }
    }
}
