namespace Wbs.Intake.Apis;

public sealed record TitlesRequest(IReadOnlyList<string>? TrackingNumbers);

public sealed record TitleItem(string TrackingNumber, string Title);

public sealed record TitlesResponse(IReadOnlyList<TitleItem> Items);
