namespace Wbs.Identity.Extensions;

/// <summary>A public type of this assembly for <c>WebApplicationFactory&lt;T&gt;</c> (avoids clashes between services' <c>Program</c> classes).</summary>
public sealed class IdentityServiceMarker;
