namespace Wbs.Contracts;

public sealed record ActiveSessionRevocations
{
    public required IReadOnlyList<SessionsRevoked> Items { get; init; }
}
