using Wbs.ServiceDefaults.Problems;

namespace Wbs.EvidenceStorage.Apis;

public sealed class CheckEvidenceRequestValidator : IValidator<CheckEvidenceRequest>
{
    public void Validate(CheckEvidenceRequest request, ValidationErrors errors, HttpContext http) =>
        EvidenceIdsRules.Check(request.EvidenceIds, errors, required: false);
}
