namespace Wbs.Gateway.Apis;

public sealed record ChallengeResponse(string Challenge, int Difficulty, string Algorithm, string For);
