using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>Reporter pages: the reporter's session (code or account token) from the encrypted cookie.</summary>
public abstract class ReporterPageModel(SessionCookies sessions) : TenantPageModel
{
    public SessionTicket? Session { get; private set; }

    /// <summary>Pages that show a reporter's own data need a session; forms open to everyone do not.</summary>
    protected virtual bool RequiresSession => false;

    protected SessionCookies Sessions => sessions;

    protected override Task<IActionResult?> BeforeHandlerAsync()
    {
        Session = sessions.Read(HttpContext, Slug, SessionKind.Reporter);
        ViewData["Reporter"] = Session;
        if (RequiresSession && Session is null)
        {
            Flash = Lang.T("Silakan masukkan kode pengaduan atau masuk ke akun Anda terlebih dahulu.", "Please enter your complaint code or sign in first.");
            return Task.FromResult<IActionResult?>(SeeOther("/cek"));
        }
        return Task.FromResult<IActionResult?>(null);
    }

    /// <summary>The token was refused (expired, revoked): forget it and ask the reporter to sign in again.</summary>
    protected IActionResult SignInAgain()
    {
        sessions.Clear(HttpContext, Slug, SessionKind.Reporter);
        Flash = Lang.T("Sesi Anda telah berakhir. Silakan masuk lagi.", "Your session has ended; please sign in again.");
        return SeeOther("/cek");
    }

    /// <summary>"Tandai sudah dibaca": null when the page may go on (done, or the message is in <see cref="TenantPageModel.Errors"/>).</summary>
    protected async Task<IActionResult?> MarkNotificationReadAsync(NotificationClient notifications, Guid id, CancellationToken cancellationToken)
    {
        var marked = await notifications.MarkReadAsync(Slug, id, Session!.AccessToken, cancellationToken);
        if (marked.Ok)
        {
            Flash = Lang.T("Pemberitahuan ditandai sudah dibaca.", "Notification marked as read.");
            return null;
        }
        if (IsSignInLost(marked.Problem))
        {
            return SignInAgain();
        }
        Errors.AddGeneral(marked.Problem.Message);
        return null;
    }
}
