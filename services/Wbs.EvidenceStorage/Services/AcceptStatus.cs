namespace Wbs.EvidenceStorage.Services;

/// <summary>How <see cref="EvidenceAcceptor"/> ended for one file.</summary>
public enum AcceptStatus
{
    Stored,
    TypeNotAllowed,
    TypeRefused,
    TypeMismatch,
    TooLarge,
    Damaged,
    Refused,
    CannotClean,
    BudgetFull,
}
