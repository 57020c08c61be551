namespace Wbs.ServiceDefaults.Auth;

public static class AuthEndpointExtensions
{
    /// <summary>Lets a temporary-password staff token call this endpoint.</summary>
    public static TBuilder AllowTemporaryPassword<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AllowTemporaryPasswordAttribute());
}
