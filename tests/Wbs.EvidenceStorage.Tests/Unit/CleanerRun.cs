namespace Wbs.EvidenceStorage.Tests.Unit;

internal static class CleanerRun
{
    public static (byte[] Cleaned, IReadOnlyList<string> Removed) Clean(EvidenceKind kind, byte[] input)
    {
        using var output = new MemoryStream();
        var removed = MetadataCleaner.Clean(kind, new MemoryStream(input), output, 25L * 1024 * 1024, CleaningBudget.Unlimited);
        return (output.ToArray(), removed);
    }
}
