namespace Wbs.CaseManagement.Consumers;

/// <summary>An account now follows a report: its account token lists the case from now on.</summary>
public sealed class ReporterAccountLinkedConsumer(CaseDbContext db) : IConsumer<ReporterAccountLinked>
{
    public async Task Consume(ConsumeContext<ReporterAccountLinked> context)
    {
        var evt = context.Message;
        var ct = context.CancellationToken;
        // The link may overtake ComplaintSubmitted (another publisher): throwing lets the retry wait for the case.
        var found = await db.Cases.SingleOrDefaultAsync(c => c.Id == evt.ComplaintId && c.Tenant == evt.Tenant, ct)
            ?? throw new InvalidOperationException($"Case of complaint {evt.ComplaintId} is not opened yet.");
        found.AccountId = evt.AccountId;
        await db.SaveChangesAsync(ct);
    }
}
