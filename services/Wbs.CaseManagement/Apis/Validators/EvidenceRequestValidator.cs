namespace Wbs.CaseManagement.Apis.Validators;

public sealed class EvidenceRequestValidator : IValidator<EvidenceRequest>
{
    public void Validate(EvidenceRequest request, ValidationErrors errors, HttpContext http)
    {
        if (request.EvidenceIds is not { Count: > 0 } ids)
        {
            errors.Add("evidenceIds", "Wajib diisi. / Required.");
        }
        else if (ids.Count > 20)
        {
            errors.Add("evidenceIds", "Maksimal 20 berkas sekaligus. / At most 20 files at once.");
        }
        else if (ids.Contains(Guid.Empty) || ids.Distinct().Count() != ids.Count)
        {
            errors.Add("evidenceIds", "Daftar berkas tidak sah. / Invalid list of files.");
        }
    }
}
