namespace Wbs.EvidenceStorage.Extensions;

/// <summary>A public type of this assembly for <c>WebApplicationFactory</c>, avoiding clashes between services' <c>Program</c> classes.</summary>
public sealed class EvidenceStorageEntryPoint;
