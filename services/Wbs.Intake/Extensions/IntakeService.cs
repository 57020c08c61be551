namespace Wbs.Intake.Extensions;

/// <summary>Names the Intake assembly for test hosts without clashing with other services' <c>Program</c>.</summary>
public sealed class IntakeService;
