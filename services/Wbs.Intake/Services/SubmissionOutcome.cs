namespace Wbs.Intake.Services;

public abstract record SubmissionOutcome
{
    public sealed record Accepted(ComplaintCreated Answer) : SubmissionOutcome;
    public sealed record InvalidEvidence(IReadOnlyList<Guid> EvidenceIds) : SubmissionOutcome;
    /// <summary>The key was used before for a different body.</summary>
    public sealed record KeyReused : SubmissionOutcome;
}
