using Wbs.ServiceDefaults.Problems;

namespace Wbs.EvidenceStorage.Apis;

public sealed class CopyEvidenceRequestValidator : IValidator<CopyEvidenceRequest>
{
    public void Validate(CopyEvidenceRequest request, ValidationErrors errors, HttpContext http)
    {
        if (request.ComplaintId == Guid.Empty)
        {
            errors.Add("complaintId", ValidationMessages.Required);
        }
        if (request.DestinationComplaintId == Guid.Empty)
        {
            errors.Add("destinationComplaintId", ValidationMessages.Required);
        }
        errors.Length("destinationTrackingNumber", request.DestinationTrackingNumber, 1, 40);
        // The destination was checked by the caller (CaseManagement) and Intake, which opened the report there.
        if (request.DestinationTenant is not { Length: > 0 and <= 64 } || request.DestinationTenant == http.GetRouteValue("tenant") as string)
        {
            errors.Add("destinationTenant", "Instansi tujuan tidak dikenal. / Unknown destination agency.");
        }
        EvidenceIdsRules.Check(request.EvidenceIds, errors, required: true);
    }
}
