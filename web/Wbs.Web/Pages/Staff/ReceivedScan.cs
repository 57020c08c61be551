namespace Wbs.Web.Pages.Staff;

/// <summary>A scan of a received letter, already in EvidenceStorage, waiting to go with the entry.</summary>
public sealed record ReceivedScan(Guid EvidenceId, string FileName);
