namespace Wbs.Identity.Apis;

/// <summary>Either <see cref="ComplaintCode"/> (code token) or <see cref="Username"/> and <see cref="Password"/> (account token).</summary>
public sealed record SessionRequest(string? ComplaintCode, string? Username, string? Password);
