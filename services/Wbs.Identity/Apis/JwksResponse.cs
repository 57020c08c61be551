namespace Wbs.Identity.Apis;

public sealed record JwksResponse(IReadOnlyList<PublicJsonWebKey> Keys);
