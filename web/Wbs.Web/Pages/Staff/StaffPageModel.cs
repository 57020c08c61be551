using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>
/// The staff console: every page needs the staff session cookie (username, password and TOTP done).
/// A user still holding a temporary password reaches only the password page until it is replaced.
/// </summary>
public abstract class StaffPageModel(SessionCookies sessions) : TenantPageModel
{
    public SessionTicket StaffSession { get; private set; } = null!;

    protected SessionCookies Sessions => sessions;

    /// <summary>True only for the page where the temporary password is replaced.</summary>
    protected virtual bool OpenBeforePasswordChange => false;

    public bool Can(params string[] roles) => StaffSession.HasRole(roles);

    protected override Task<IActionResult?> BeforeHandlerAsync()
    {
        ViewData["Area"] = "staff";
        var back = Request.Path + Request.QueryString;
        if (sessions.Read(HttpContext, Slug, SessionKind.Staff) is not { } ticket)
        {
            return Task.FromResult<IActionResult?>(new RedirectResult(StaffPaths.Login(Slug, back)));
        }
        if (ticket.MustChangePassword && !OpenBeforePasswordChange)
        {
            return Task.FromResult<IActionResult?>(new RedirectResult(StaffPaths.Password(Slug, back)));
        }
        StaffSession = ticket;
        CallerSession.Of(HttpContext).Use(ticket);
        ViewData["Staff"] = ticket;
        return Task.FromResult<IActionResult?>(null);
    }

    protected IActionResult SignInAgain()
    {
        sessions.Clear(HttpContext, Slug, SessionKind.Staff);
        return new RedirectResult(TenantPaths.Of(Slug, "staff/login"));
    }

    /// <summary>A failed call: sign in again when the token was refused, otherwise show the message.</summary>
    protected IActionResult? Fail(ApiProblem problem, params string[] fields)
    {
        if (IsSignInLost(problem))
        {
            return SignInAgain();
        }
        Errors.Add(problem, fields);
        return null;
    }
}
