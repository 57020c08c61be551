using MassTransit;

namespace Wbs.Intake.Consumers;

/// <summary>Remembers which account follows a report, so that account's token may read its content.</summary>
public sealed class ReporterAccountLinkedConsumer(IntakeDbContext db) : IConsumer<ReporterAccountLinked>
{
    public async Task Consume(ConsumeContext<ReporterAccountLinked> context)
    {
        var message = context.Message;
        var complaint = await db.Complaints.FirstOrDefaultAsync(
            c => c.Id == message.ComplaintId && c.Tenant == message.Tenant, context.CancellationToken);
        if (complaint is not null)
        {
            complaint.AccountId = message.AccountId;
        }
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
