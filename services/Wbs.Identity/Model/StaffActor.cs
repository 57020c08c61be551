namespace Wbs.Identity.Model;

/// <summary>Who performed an administrative act, as the audit trail names them.</summary>
public sealed record StaffActor(Guid? Id, string Name)
{
    public static StaffActor From(ClaimsPrincipal user) => new(user.SubjectId(), user.FindFirst(WbsClaims.Name)?.Value ?? IdentityActs.Unknown);
}
