using System.Diagnostics.Metrics;

namespace Wbs.ServiceDefaults.Messaging;

/// <summary>Outbox counters on the <c>Wbs.Messaging</c> meter, for the ops dashboard.</summary>
public sealed class OutboxMetrics(IMeterFactory meters)
{
    public const string MeterName = "Wbs.Messaging";

    private readonly Meter _meter = meters.Create(MeterName);
    private Counter<long>? _published;
    private Counter<long>? _quarantined;

    public void Published(int count)
    {
        if (count > 0)
        {
            (_published ??= _meter.CreateCounter<long>("wbs.outbox.published", "{event}", "Outbox events accepted by the broker")).Add(count);
        }
    }

    public void Quarantined() =>
        (_quarantined ??= _meter.CreateCounter<long>("wbs.outbox.quarantined", "{event}", "Outbox events that can never be published")).Add(1);
}
