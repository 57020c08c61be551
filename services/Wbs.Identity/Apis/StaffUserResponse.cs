namespace Wbs.Identity.Apis;

public sealed record StaffUserResponse(Guid Id, string Username, IReadOnlyList<string> Roles, bool Disabled)
{
    public static StaffUserResponse From(StaffUser user) => new(user.Id, user.Username, user.Roles, user.Disabled);
}
