namespace Wbs.CaseManagement.Model;

public static class TimelineKind
{
    public const string Received = "received";
    public const string StatusChanged = "status_changed";
    public const string Evidence = "evidence";
    public const string Assignment = "assignment";
    public const string Note = "note";
    public const string IdentityDisclosed = "identity_disclosed";
}
