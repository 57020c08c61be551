using System.ComponentModel.DataAnnotations;

namespace Wbs.ServiceDefaults.Messaging;

/// <summary>How the outbox dispatcher claims, sweeps and prunes (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claimed row is held by one dispatcher before another may take it (a crash mid-publish).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The safety net: rows written by another instance, or whose signal was lost, wait at most this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan Sweep { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Dispatched outbox rows and handled inbox rows are kept this long (longer than any redelivery), then deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan PruneEvery { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
