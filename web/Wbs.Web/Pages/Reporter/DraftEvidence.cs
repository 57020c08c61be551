using System.Text.Json;

namespace Wbs.Web.Pages.Reporter;

/// <summary>An uploaded file the draft will attach; kept in a hidden field as JSON.</summary>
public sealed record DraftEvidence(Guid Id, string Name, long Size, IReadOnlyList<string> Removed)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The empty item the page's template holds for a file uploaded by script.</summary>
    public static DraftEvidence Blank { get; } = new(Guid.Empty, "", 0, []);

    /// <summary>Keeps what was removed in the reader's language, as resumable-upload.js does for a file it uploaded.</summary>
    public static DraftEvidence From(UploadedEvidence uploaded) =>
        new(uploaded.EvidenceId, uploaded.FileName, uploaded.Size, Lang.IsEnglish ? uploaded.MetadataRemovedEn : uploaded.MetadataRemoved);

    public static DraftEvidence? Parse(string value)
    {
        try
        {
            return JsonSerializer.Deserialize<DraftEvidence>(value, Json) is { Id: var id } e && id != Guid.Empty && e.Name is not null
                ? e with { Removed = e.Removed ?? [] }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string ToHidden() => JsonSerializer.Serialize(this, Json);
}
