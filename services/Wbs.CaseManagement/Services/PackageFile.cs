namespace Wbs.CaseManagement.Services;

/// <summary>One file of a forwarding package, as listed (with its SHA-256) in the signed manifest.</summary>
public sealed record PackageFile(string Path, byte[] Content);
