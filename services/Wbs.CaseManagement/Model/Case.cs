namespace Wbs.CaseManagement.Model;

/// <summary>
/// The workflow state of one report. Its id is the complaint id given by Intake; the report's
/// content stays in Intake and is fetched on demand.
/// </summary>
public sealed class Case
{
    public Guid Id { get; set; }
    public required string Tenant { get; set; }
    public required string TrackingNumber { get; set; }
    public required string Category { get; set; }
    public required string ReporterType { get; set; }
    public Guid? AccountId { get; set; }
    public bool HasSealedIdentity { get; set; }
    /// <summary>One of <see cref="ReportChannels"/>: how the report reached the agency.</summary>
    public string Channel { get; set; } = ReportChannels.Web;
    public required string Status { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset ResponseDueAt { get; set; }
    public DateTimeOffset LastUpdateAt { get; set; }
    public DateTimeOffset? FirstResponseAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? Outcome { get; set; }
    /// <summary>The destination code (<see cref="CaseForwarding.Destination"/>) when the case was forwarded.</summary>
    public string? ForwardedTo { get; set; }
    /// <summary>When retention destroyed the content, messages and evidence of this case (its metadata stays).</summary>
    public DateTimeOffset? ContentDestroyedAt { get; set; }
    public Guid? AssigneeId { get; set; }
    public string? AssigneeName { get; set; }
    /// <summary>PostgreSQL's xmin: two changes racing on one case make the later one fail.</summary>
    public uint Version { get; set; }

    public List<TimelineEntry> Timeline { get; set; } = [];
    public List<CaseMessage> Messages { get; set; } = [];

    public bool IsOpen => !CaseStatus.IsFinal(Status);

    /// <summary>The first thing staff did that the reporter can see counts as the first response.</summary>
    public void RecordPublicResponse(DateTimeOffset at)
    {
        FirstResponseAt ??= at;
        LastUpdateAt = at;
    }
}
