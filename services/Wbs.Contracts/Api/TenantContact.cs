namespace Wbs.Contracts.Api;

public sealed record TenantContact
{
    public string? Address { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
    public IReadOnlyList<string> Phones { get; init; } = [];
}
