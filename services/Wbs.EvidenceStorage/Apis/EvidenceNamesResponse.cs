namespace Wbs.EvidenceStorage.Apis;

/// <summary>The original names of a report's files, opened for CaseManagement to show staff (and the reporter their own).</summary>
public sealed record EvidenceNamesResponse(IReadOnlyList<EvidenceName> Files);

public sealed record EvidenceName(Guid EvidenceId, string FileName);
