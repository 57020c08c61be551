using Wbs.ServiceDefaults.Problems;

namespace Wbs.EvidenceStorage.Apis;

internal static class EvidenceIdsRules
{
    public const int MaxIds = 100;

    public static void Check(IReadOnlyList<Guid>? ids, ValidationErrors errors, bool required)
    {
        if (ids is null || ids.Count == 0)
        {
            if (required || ids is null)
            {
                errors.Add("evidenceIds", "Wajib diisi. / Required.");
            }
        }
        else if (ids.Count > MaxIds)
        {
            errors.Add("evidenceIds", $"Maksimal {MaxIds} berkas. / At most {MaxIds} files.");
        }
        else if (ids.Contains(Guid.Empty))
        {
            errors.Add("evidenceIds", "Id bukti tidak valid. / Invalid evidence id.");
        }
    }
}
