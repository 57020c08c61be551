namespace Wbs.Contracts.Api;

public sealed record DisclosureList(IReadOnlyList<DisclosureItem> Items);
