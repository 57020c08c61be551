using Wbs.ServiceDefaults.Problems;

namespace Wbs.EvidenceStorage.Apis;

public sealed class AttachEvidenceRequestValidator : IValidator<AttachEvidenceRequest>
{
    public void Validate(AttachEvidenceRequest request, ValidationErrors errors, HttpContext http)
    {
        if (request.ComplaintId == Guid.Empty)
        {
            errors.Add("complaintId", ValidationMessages.Required);
        }
        errors.Length("trackingNumber", request.TrackingNumber, 1, 40);
        EvidenceIdsRules.Check(request.EvidenceIds, errors, required: true);
    }
}
