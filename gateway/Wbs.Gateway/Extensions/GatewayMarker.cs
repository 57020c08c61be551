namespace Wbs.Gateway.Extensions;

/// <summary>Entry-point marker for tests (WebApplicationFactory) without clashing on <c>Program</c>.</summary>
public sealed class GatewayMarker;
