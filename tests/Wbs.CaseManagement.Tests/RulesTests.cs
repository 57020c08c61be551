namespace Wbs.CaseManagement.Tests;

/// <summary>Pure rules: workflow, SLA arithmetic, the audit chain and statistics.</summary>
public sealed class RulesTests
{
    [Fact]
    public void Workflow_FinalStatusesHaveNoWayOut()
    {
        Assert.Empty(CaseStatus.AllowedFrom(CaseStatus.Closed));
        Assert.Empty(CaseStatus.AllowedFrom(CaseStatus.Rejected));
        Assert.True(CaseStatus.CanMove(CaseStatus.NeedsInformation, CaseStatus.InVerification));
        Assert.False(CaseStatus.CanMove(CaseStatus.Received, CaseStatus.Closed));
        Assert.Equal(["Diterima", "Diverifikasi", "Perlu Dilengkapi", "Ditindaklanjuti", "Selesai", "Ditolak"],
            CaseStatus.All.Select(CaseStatus.Label));
    }

    [Theory]
    [InlineData(10.0, null)]
    [InlineData(6.5, "7")]
    [InlineData(2.9, "3")]
    [InlineData(0.5, "1")]
    [InlineData(-0.1, "overdue")]
    public void Sla_CurrentStage(double daysLeft, string? expected)
    {
        var now = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(expected, SlaRules.CurrentStage(now.AddDays(daysLeft), now, [7, 3, 1]));
    }

    [Fact]
    public void Sla_DaysLeftAndOverdue()
    {
        var now = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(1, SlaRules.DaysLeft(now.AddHours(2), now));
        Assert.Equal(-1, SlaRules.DaysLeft(now.AddDays(-1.5), now));
        Assert.True(SlaRules.IsOverdue(CaseStatus.InFollowUp, now.AddMinutes(-1), now));
        Assert.False(SlaRules.IsOverdue(CaseStatus.Closed, now.AddMinutes(-1), now));
    }

    [Fact]
    public void AuditChain_VerifiesAndDetectsEdits()
    {
        var chain = new AuditChain(Convert.FromBase64String(TestKeys.NewKey()));
        var entries = new List<AuditEntry>();
        AuditHead? previous = null;
        for (var i = 0; i < 4; i++)
        {
            var entry = new AuditEntry
            {
                Tenant = "banjarnegara", At = DateTimeOffset.UtcNow, Actor = $"staf{i}", Action = "case.viewed",
                TrackingNumber = "WBS-2026-000001", PreviousHash = "", Hash = "",
            };
            chain.Link(entry, previous);
            entries.Add(entry);
            previous = entry.Head;
        }
        Assert.Null(chain.FirstBroken(entries));
        // Another key (or none, as with a plain SHA-256) does not verify the chain.
        Assert.Equal(1, new AuditChain(Convert.FromBase64String(TestKeys.NewKey())).FirstBroken(entries)!.Sequence);
        Assert.Equal(1, AuditChain.FirstBroken(entries, AuditChain.ComputeLegacyHash)!.Sequence);
        entries[2].Action = "case.deleted";
        Assert.Equal(3, chain.FirstBroken(entries)!.Sequence);
    }

    [Fact]
    public void Statistics_MedianOfEvenCount()
    {
        var now = DateTimeOffset.UtcNow;
        CaseFacts Answered(double days) => new(CaseStatus.InVerification, "korupsi", "external", null, now, now.AddDays(30), now.AddDays(days), null);
        var stats = StatisticsCalculator.Compute([Answered(1), Answered(2), Answered(4), Answered(10)], now, null, null);
        Assert.Equal(3.0, stats.MedianDaysToFirstResponse);
        Assert.Equal(4, stats.Sla.Pending);
    }
}
