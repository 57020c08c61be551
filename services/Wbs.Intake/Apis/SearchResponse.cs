namespace Wbs.Intake.Apis;

/// <summary>A title search's matches the caller may see, with their titles.</summary>
public sealed record SearchResponse(IReadOnlyList<TitleItem> Items);
