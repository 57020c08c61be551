namespace Wbs.CaseManagement.Apis.Validators;

public sealed class EvidenceRequestValidator : IValidator<EvidenceRequest>
{
    public void Validate(EvidenceRequest request, ValidationErrors errors, HttpContext http)
    {
        if (request.EvidenceIds is not { Count: > 0 } ids)
        {
            errors.Add("evidenceIds", ValidationMessages.Required);
        }
        else if (ids.Count > Limits.EvidencePerReport)
        {
            errors.Add("evidenceIds", ValidationMessages.AtMostFiles(Limits.EvidencePerReport));
        }
        else if (ids.Contains(Guid.Empty) || ids.Distinct().Count() != ids.Count)
        {
            errors.Add("evidenceIds", "Daftar berkas tidak sah. / Invalid list of files.");
        }
    }
}
