namespace Wbs.Web.Infrastructure.Forms;

/// <param name="Form">The text fields; null when the request was refused.</param>
/// <param name="Refusal">400 (not a valid form, or a missing antiforgery token) or 413.</param>
/// <param name="TokenLost">The token was there but no longer valid: the fields are for showing again only.</param>
public sealed record StreamedFormResult(StreamedForm? Form, int? Refusal, bool TokenLost = false)
{
    public static readonly StreamedFormResult Invalid = new(null, StatusCodes.Status400BadRequest);
    public static readonly StreamedFormResult TooLarge = new(null, StatusCodes.Status413PayloadTooLarge);

    /// <summary>For 413: the text fields read before the limit was passed (after a valid token), to show again; nothing was done with them.</summary>
    public StreamedForm? Partial { get; init; }
}
