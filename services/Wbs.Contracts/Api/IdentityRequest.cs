namespace Wbs.Contracts.Api;

/// <summary>The reporter's name and contact, sealed at Intake and opened only through an approved disclosure.</summary>
public sealed record IdentityRequest(string? Name, string? Contact)
{
    /// <summary>A name or contact never reaches a log line through the record's generated text.</summary>
    public override string ToString() => nameof(IdentityRequest);
}
