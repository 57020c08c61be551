using System.Diagnostics;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// Spans of the phases of taking a file in, under the request that brought its last byte: "evidence clean"
/// (metadata removal) and "evidence seal" (encryption into the store), so the dashboard shows which phase a slow
/// upload waits on. They carry the kind and the size, never a name, a hash or an id.
/// </summary>
public static class EvidenceTracing
{
    public const string SourceName = "Wbs.EvidenceStorage";
    public const string Clean = "evidence clean";
    public const string Seal = "evidence seal";
    /// <summary>Both at once, while the file arrives (video and audio): the phases overlap and have one span.</summary>
    public const string CleanAndSeal = "evidence clean and seal";
    public const string BytesTag = "wbs.evidence.bytes";

    public static readonly ActivitySource Source = new(SourceName);

    /// <param name="bytes">The size, when it is known at the start.</param>
    public static Activity? Start(string phase, EvidenceKind kind, long? bytes)
    {
        var activity = Source.StartActivity(phase);
        activity?.SetTag("wbs.evidence.kind", kind.Name);
        if (bytes is { } size)
        {
            activity?.SetTag(BytesTag, size);
        }
        return activity;
    }
}
