namespace Wbs.Web.Infrastructure.Abuse;

/// <summary>What a protected form carries in hidden fields: a challenge for the browser's script, and a delay ticket for browsers without one.</summary>
public sealed record FormChallenge(string Challenge, int Difficulty, string Ticket, int DelaySeconds);
