namespace Wbs.CaseManagement.Apis.Dtos;

/// <summary><c>firstBrokenAt</c> is the sequence number of the first entry that does not verify.</summary>
public sealed record AuditVerification(bool Intact, int Entries, long? FirstBrokenAt, DateTimeOffset? FirstBrokenTime);
