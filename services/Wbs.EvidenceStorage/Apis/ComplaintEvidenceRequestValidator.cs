using Wbs.ServiceDefaults.Problems;

namespace Wbs.EvidenceStorage.Apis;

public sealed class ComplaintEvidenceRequestValidator : IValidator<ComplaintEvidenceRequest>
{
    public void Validate(ComplaintEvidenceRequest request, ValidationErrors errors, HttpContext http)
    {
        if (request.ComplaintId == Guid.Empty)
        {
            errors.Add("complaintId", ValidationMessages.Required);
        }
        EvidenceIdsRules.Check(request.EvidenceIds, errors, required: true);
    }
}
