namespace Wbs.Intake.Apis;

public static class ReceivedComplaintRequestExtensions
{
    /// <summary>The complaint body of a staff-entered report, checked and submitted as a web one is.</summary>
    public static ComplaintRequest ToComplaint(this ReceivedComplaintRequest r) =>
        new(r.ReporterType, r.Category, r.Title, r.What, r.Where, r.When, r.Who, r.How, r.EvidenceIds, r.Identity);
}
