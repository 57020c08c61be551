namespace Wbs.Web.Pages.Reporter;

/// <summary>Text a reporter typed while their session ended, waiting for them on the page they posted it from.</summary>
public sealed record KeptDraft(string Text)
{
    public const string Cookie = "wbs_draft";
}
