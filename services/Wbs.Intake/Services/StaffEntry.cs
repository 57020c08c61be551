namespace Wbs.Intake.Services;

/// <summary>A report a staff member enters for someone who reported by letter, phone, e-mail or in person.</summary>
/// <param name="ReceivedAt">When the agency received it: the response duty counts from here.</param>
public sealed record StaffEntry(string Channel, DateTimeOffset ReceivedAt, Guid? StaffId, string? StaffName);
