namespace Wbs.EvidenceStorage.Clients;

/// <summary>CaseManagement could not answer; evidence of a case stays closed until it can.</summary>
public sealed class CaseManagementUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
