namespace Wbs.Intake.Apis;

public sealed record CodeDigestLookup(string? CodeDigest);
