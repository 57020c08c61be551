namespace Wbs.EvidenceStorage.Apis;

/// <summary>The HTTP answer to an <see cref="AcceptOutcome"/>: the same for a one-shot upload and a completed resumable one.</summary>
internal static class AcceptedEvidenceAnswer
{
    /// <summary>The tenant's budget for unattached uploads is full: the client is told to come back in ten minutes.</summary>
    public static ProblemHttpResult BudgetFull(HttpResponse response)
    {
        response.Headers.RetryAfter = "600";
        return EvidenceProblems.BudgetFull();
    }

    public static Results<Created<UploadedEvidence>, ProblemHttpResult> For(AcceptOutcome outcome, string tenant, HttpResponse response)
    {
        switch (outcome.Status)
        {
            case AcceptStatus.Stored:
                var file = outcome.File!;
                return TypedResults.Created($"/api/{tenant}/evidence/{file.Id}/content",
                    new UploadedEvidence(file.Id, outcome.FileName!, file.ContentType, file.Size, file.Sha256,
                        MetadataLabelText.Indonesian(file.MetadataRemoved), MetadataLabelText.English(file.MetadataRemoved)));
            case AcceptStatus.BudgetFull:
                return BudgetFull(response);
            default:
                return outcome.Status switch
                {
                    AcceptStatus.TypeNotAllowed => EvidenceProblems.TypeNotAllowed(),
                    AcceptStatus.TypeRefused => EvidenceProblems.TypeRefused(outcome.Kind!),
                    AcceptStatus.TypeMismatch => EvidenceProblems.TypeMismatch(),
                    AcceptStatus.TooLarge => EvidenceProblems.TooLarge(outcome.Limit),
                    AcceptStatus.Damaged => EvidenceProblems.Damaged(),
                    AcceptStatus.Refused => EvidenceProblems.Refused(outcome.Advice!),
                    AcceptStatus.CannotClean => EvidenceProblems.CannotClean(),
                    _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Status, "An outcome without an answer."),
                };
        }
    }
}
