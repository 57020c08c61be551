using MassTransit;

namespace Wbs.Identity.Consumers;

/// <summary>
/// Remembers each new report's code digest (so its complaint code can open a code session) and,
/// when it was submitted with an account token, links it to that account. A code shown before this
/// event arrived has already recorded the report through Intake: then there is nothing to do.
/// </summary>
public sealed class ComplaintSubmittedConsumer(ReportRecorder recorder, ILogger<ComplaintSubmittedConsumer> logger)
    : IConsumer<ComplaintSubmitted>
{
    public async Task Consume(ConsumeContext<ComplaintSubmitted> context)
    {
        var message = context.Message;
        if (await recorder.RecordAsync(message.ComplaintId, message.Tenant, message.TrackingNumber, message.CodeDigest,
            message.SubmittedAt, message.AccountId, context.CancellationToken))
        {
            logger.LogDebug("Recorded report {TrackingNumber} of {Tenant}", message.TrackingNumber, message.Tenant);
        }
    }
}
