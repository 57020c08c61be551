using Api = Wbs.Contracts.Api;

namespace Wbs.Intake.Model;

/// <summary>Which of the 4W+1H elements a report answers, as stored with the complaint (the answers carry <see cref="Api.Completeness"/>).</summary>
public sealed record Completeness(bool What, bool Where, bool When, bool Who, bool How)
{
    public static Completeness Of(ReportContent c) => new(
        !string.IsNullOrWhiteSpace(c.What), !string.IsNullOrWhiteSpace(c.Where), !string.IsNullOrWhiteSpace(c.When),
        !string.IsNullOrWhiteSpace(c.Who), !string.IsNullOrWhiteSpace(c.How));

    public Api.Completeness ToAnswer() => new(What, Where, When, Who, How);
}
