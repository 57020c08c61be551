namespace Wbs.Identity.Model;

public enum LinkOutcome
{
    Linked,
    UsernameTaken,
    /// <summary>No report of this tenant has that complaint code.</summary>
    CodeUnknown,
    /// <summary>The report already belongs to an(other) account.</summary>
    CodeAlreadyLinked,
    AccountUnknown,
}
