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
        // Where to come back after signing in: this page, without the handler a post named.
        var back = Request.PageAddress();
        if (sessions.Read(HttpContext, Slug, SessionKind.Staff) is not { } ticket)
        {
            KeepTyped();
            return Task.FromResult<IActionResult?>(new RedirectResult(StaffPaths.Login(Slug, back)));
        }
        if (ticket.MustChangePassword && !OpenBeforePasswordChange)
        {
            return Task.FromResult<IActionResult?>(new RedirectResult(StaffPaths.Password(Slug, back)));
        }
        StaffSession = ticket;
        if (HttpMethods.IsGet(Request.Method))
        {
            KeptFields = HttpContext.RequestServices.GetRequiredService<OneTimeCookie>().Take<KeptForm>(HttpContext, KeptForm.Cookie, Request.Path)?.Fields;
        }
        CallerSession.Of(HttpContext).Use(ticket);
        ViewData["Staff"] = ticket;
        return Task.FromResult<IActionResult?>(null);
    }

    protected IActionResult SignInAgain()
    {
        sessions.Clear(HttpContext, Slug, SessionKind.Staff);
        return new RedirectResult(KeepTyped() ? StaffPaths.Login(Slug, Request.PageAddress()) : TenantPaths.Of(Slug, "staff/login"));
    }

    /// <summary>
    /// A post that finds the session ended keeps what was typed for the page it came from (see <see cref="KeptForm"/>)
    /// and says so on the sign-in page; nothing of it was done.
    /// </summary>
    private bool KeepTyped()
    {
        if (!HttpMethods.IsPost(Request.Method) || ChecksAntiforgeryItself || !Request.HasFormContentType || KeptForm.From(Request.Form) is not { } kept)
        {
            return false;
        }
        HttpContext.RequestServices.GetRequiredService<OneTimeCookie>().Write(HttpContext, KeptForm.Cookie, Request.Path, kept);
        Flash = Lang.T("Sesi Anda berakhir sebelum isian disimpan. Isian Anda belum hilang: masuk lagi dan isian itu muncul kembali di formulirnya.",
            "Your session ended before this was saved. What you typed is not lost: sign in again and it is back in its form.");
        return true;
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
