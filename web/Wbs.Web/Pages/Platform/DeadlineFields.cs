namespace Wbs.Web.Pages.Platform;

/// <summary>The response duty and time zone fields, shared by the new-agency form and the profile editor.</summary>
public sealed record DeadlineFields(int Days, string Unit, string TimeZone, FormErrors Errors);
