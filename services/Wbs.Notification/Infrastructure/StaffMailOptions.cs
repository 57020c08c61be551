using System.ComponentModel.DataAnnotations;

namespace Wbs.Notification.Infrastructure;

/// <summary>Bounds on staff e-mail (section <c>Notification:Mail</c>).</summary>
public sealed class StaffMailOptions
{
    public const string Section = "Notification:Mail";

    /// <summary>E-mails sent one by one to a mailbox per minute; beyond, they wait and go out as one digest.</summary>
    [Range(1, 10_000)]
    public int PerRecipientPerMinute { get; set; } = 10;

    /// <summary>How often waiting e-mails (digests, crashed sends, failures) are picked up.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan Sweep { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one sender holds an e-mail before another may retry it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    [Range(1, 1000)]
    public int MaxPerDigest { get; set; } = 200;
}
