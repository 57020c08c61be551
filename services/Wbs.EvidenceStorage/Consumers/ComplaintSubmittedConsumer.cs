using MassTransit;

namespace Wbs.EvidenceStorage.Consumers;

/// <summary>
/// Attaches the evidence a new report names. Idempotent through the inbox: a redelivery finds its
/// message id already handled and does nothing. Ids that are no longer attachable (expired, of
/// another tenant, taken) are skipped; Intake checked them moments before. A report without evidence is
/// ignored before the inbox (<see cref="IIgnoresSome{TMessage}"/>): nothing is read or written for it.
/// </summary>
public sealed class ComplaintSubmittedConsumer(EvidenceAttacher attacher, ILogger<ComplaintSubmittedConsumer> logger)
    : IConsumer<ComplaintSubmitted>, IIgnoresSome<ComplaintSubmitted>
{
    public bool Ignores(ComplaintSubmitted message) => message.EvidenceIds.Count == 0;

    public async Task Consume(ConsumeContext<ComplaintSubmitted> context)
    {
        var message = context.Message;
        var outcome = await attacher.AttachAsync(message.Tenant, message.ComplaintId, message.TrackingNumber, message.EvidenceIds,
            supplement: false, allOrNothing: false, context.CancellationToken);
        if (outcome.Invalid.Count > 0)
        {
            logger.LogWarning("{Count} evidence ids of complaint {ComplaintId} could not be attached", outcome.Invalid.Count, message.ComplaintId);
        }
    }
}
