namespace Wbs.CaseManagement.Apis.Dtos;

/// <summary>How many cases had their content destroyed by this run.</summary>
public sealed record RetentionSwept(int Destroyed);
