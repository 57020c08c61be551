namespace Wbs.CaseManagement.Model;

/// <summary>
/// One line of a case's history. <see cref="Internal"/> entries (notes, assignments) are for staff
/// only; the reporter sees the others. Free text is sealed: it may be report content.
/// </summary>
public sealed class TimelineEntry
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public required string Tenant { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Kind { get; set; }
    /// <summary>The case's status after this entry.</summary>
    public required string Status { get; set; }
    public bool Internal { get; set; }
    /// <summary>Sealed text (EnvelopeCipher), or null.</summary>
    public byte[]? Text { get; set; }
    public Guid? ActorId { get; set; }
    public string? ActorName { get; set; }
}
