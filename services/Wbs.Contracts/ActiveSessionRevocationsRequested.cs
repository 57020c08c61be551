namespace Wbs.Contracts;

/// <summary>A starting instance asks Identity for the revocations still in force (answered with <see cref="ActiveSessionRevocations"/>).</summary>
public sealed record ActiveSessionRevocationsRequested;
