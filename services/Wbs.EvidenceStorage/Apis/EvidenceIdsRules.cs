using Wbs.ServiceDefaults.Problems;

namespace Wbs.EvidenceStorage.Apis;

internal static class EvidenceIdsRules
{
    public static void Check(IReadOnlyList<Guid>? ids, ValidationErrors errors, bool required)
    {
        if (ids is null || ids.Count == 0)
        {
            if (required || ids is null)
            {
                errors.Add("evidenceIds", ValidationMessages.Required);
            }
        }
        else if (ids.Count > Limits.EvidenceIdsPerCall)
        {
            errors.Add("evidenceIds", ValidationMessages.AtMostFiles(Limits.EvidenceIdsPerCall));
        }
        else if (ids.Contains(Guid.Empty))
        {
            errors.Add("evidenceIds", ValidationMessages.InvalidEvidenceIds);
        }
    }
}
