namespace Wbs.ServiceDefaults.Auth;

/// <summary>Marks the endpoints a temporary-password staff token may call (changing the password, signing out).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AllowTemporaryPasswordAttribute : Attribute;
