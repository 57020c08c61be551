using Wbs.ServiceDefaults.Problems;

namespace Wbs.EvidenceStorage.Apis;

public sealed class ReserveEvidenceRequestValidator : IValidator<ReserveEvidenceRequest>
{
    public void Validate(ReserveEvidenceRequest request, ValidationErrors errors, HttpContext http)
    {
        if (request.ComplaintId == Guid.Empty)
        {
            errors.Add("complaintId", ValidationMessages.Required);
        }
        EvidenceIdsRules.Check(request.EvidenceIds, errors, required: true);
    }
}
