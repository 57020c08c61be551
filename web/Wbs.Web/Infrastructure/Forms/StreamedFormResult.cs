namespace Wbs.Web.Infrastructure.Forms;

/// <param name="Form">The text fields; null when the request was refused.</param>
/// <param name="Refusal">400 (not a valid form, or a missing or wrong antiforgery token) or 413.</param>
public sealed record StreamedFormResult(StreamedForm? Form, int? Refusal)
{
    public static readonly StreamedFormResult Invalid = new(null, StatusCodes.Status400BadRequest);
    public static readonly StreamedFormResult TooLarge = new(null, StatusCodes.Status413PayloadTooLarge);
}
