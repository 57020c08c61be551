namespace Wbs.Intake.Model;

/// <summary>The complaint body's rules, a channel staff may enter, and a receipt date that is neither in the future nor stale.</summary>
public sealed class ReceivedComplaintValidator(TimeProvider clock) : IValidator<ReceivedComplaintRequest>
{
    /// <summary>A letter may wait a while before it is entered; older dates are almost always typing mistakes.</summary>
    public static readonly TimeSpan OldestReceipt = TimeSpan.FromDays(366);

    /// <summary>Clocks of the entering PC and the server differ a little.</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    private readonly ComplaintValidator _complaint = new();

    public void Validate(ReceivedComplaintRequest request, ValidationErrors errors, HttpContext http)
    {
        _complaint.Validate(request, errors, http);
        if (request.Channel is not { } channel || !ReportChannels.StaffEntered.Contains(channel))
        {
            errors.Add("channel", $"Pilih salah satu: {string.Join(", ", ReportChannels.StaffEntered)}. / Must be one of these.");
        }
        if (request.ReceivedAt is { } at)
        {
            var now = clock.GetUtcNow();
            if (at > now + Skew)
            {
                errors.Add("receivedAt", "Tanggal diterima tidak boleh di masa depan. / The receipt date cannot be in the future.");
            }
            else if (at < now - OldestReceipt)
            {
                errors.Add("receivedAt", "Tanggal diterima lebih dari setahun lalu. / The receipt date is more than a year ago.");
            }
        }
    }
}
