namespace Wbs.CaseManagement.Model;

/// <summary>A reminder that was published; its key (case, stage) makes every reminder go out once.</summary>
public sealed class SlaReminder
{
    public Guid CaseId { get; set; }
    /// <summary>Days before the deadline (<c>7</c>, <c>3</c>, …) or <c>overdue</c>.</summary>
    public required string Stage { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
