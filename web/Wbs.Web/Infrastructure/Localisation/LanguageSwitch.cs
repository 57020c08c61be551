namespace Wbs.Web.Infrastructure.Localisation;

/// <summary>
/// How the header's language switch keeps what a page holds. By default it is a link: the page is fetched again. A
/// page with a form worth keeping has the switch post that form to itself with an action that only shows it again
/// (<see cref="Resubmit"/>); a page that shows a one-time result (a complaint code, an enrolment) has it post the
/// result's sealed copy (<see cref="Reshow"/>). Switching language then loses neither what was typed nor a code that
/// cannot be shown a second time. Set in <c>ViewData[Key]</c>; drawn by the layout.
/// </summary>
/// <param name="DefaultAction">
/// The action Enter in a one-line field of the form sends. The browser presses a form's first button in document order,
/// which the header's switch would now be; a hidden button with this action is put before it.
/// </param>
public sealed record LanguageSwitch(string? FormId = null, string? Action = null, string? Sealed = null, string? DefaultAction = null)
{
    public const string Key = "LanguageSwitch";

    /// <summary>The page handler that shows a sealed one-time result again.</summary>
    public const string ReshowHandler = "language";

    public static LanguageSwitch Resubmit(string formId, string action, string? defaultAction = null) =>
        new(FormId: formId, Action: action, DefaultAction: defaultAction);

    public static LanguageSwitch Reshow(string sealedResult) => new(Sealed: sealedResult);
}
