namespace Wbs.CaseManagement.Model;

/// <summary>A message between the reporter and staff. The body is sealed at rest.</summary>
public sealed class CaseMessage
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public required string Tenant { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary><c>reporter</c> or <c>staff</c>.</summary>
    public required string From { get; set; }
    public Guid? AuthorId { get; set; }
    public string? AuthorName { get; set; }
    public required byte[] Body { get; set; }
    /// <summary>When the other side first opened the case after this message.</summary>
    public DateTimeOffset? ReadAt { get; set; }

    public const string FromReporter = "reporter";
    public const string FromStaff = "staff";
}
