namespace Wbs.Identity.Apis;

public sealed class CreateStaffUserRequestValidator : IValidator<CreateStaffUserRequest>
{
    public void Validate(CreateStaffUserRequest request, ValidationErrors errors, HttpContext http)
    {
        if (!Usernames.IsValid(Usernames.Normalize(request.Username)))
        {
            errors.Add("username", Usernames.Rule);
        }
        if (request.Roles is not { Length: > 0 })
        {
            errors.Add("roles", "Pilih minimal satu peran. / Choose at least one role.");
        }
        else if (request.Roles.FirstOrDefault(r => !WbsClaims.Roles.All.Contains(r)) is { } unknown)
        {
            errors.Add("roles", $"Peran tidak dikenal: {unknown}. Pilihan: {string.Join(", ", WbsClaims.Roles.All)}. / Unknown role.");
        }
    }
}
