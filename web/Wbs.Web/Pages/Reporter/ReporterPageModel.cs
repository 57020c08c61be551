using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>Reporter pages: the reporter's session (code or account token) from the encrypted cookie.</summary>
public abstract class ReporterPageModel(SessionCookies sessions) : TenantPageModel
{
    public SessionTicket? Session { get; private set; }

    /// <summary>The session whose token the page's service calls carry (see <see cref="CallerSession"/>): the reporter's.</summary>
    protected virtual SessionTicket? CallerTicket => Session;

    /// <summary>Pages that show a reporter's own data need a session; forms open to everyone do not.</summary>
    protected virtual bool RequiresSession => false;

    protected SessionCookies Sessions => sessions;

    protected override Task<IActionResult?> BeforeHandlerAsync()
    {
        Session = sessions.Read(HttpContext, Slug, SessionKind.Reporter);
        CallerSession.Of(HttpContext).Use(CallerTicket);
        ViewData["Reporter"] = Session;
        if (RequiresSession && Session is null)
        {
            Flash = KeepDraft()
                ? DraftKeptMessage
                : Lang.T("Silakan masukkan kode pengaduan atau masuk ke akun Anda terlebih dahulu.", "Please enter your complaint code or sign in first.");
            return Task.FromResult<IActionResult?>(SeeOther("/cek"));
        }
        return Task.FromResult<IActionResult?>(null);
    }

    /// <summary>The token was refused (expired, revoked): forget it and ask the reporter to sign in again.</summary>
    protected IActionResult SignInAgain()
    {
        sessions.Clear(HttpContext, Slug, SessionKind.Reporter);
        Flash = KeepDraft() ? DraftKeptMessage : Lang.T("Sesi Anda telah berakhir. Silakan masuk lagi.", "Your session has ended; please sign in again.");
        return SeeOther("/cek");
    }

    /// <summary>
    /// What a post carried that is worth keeping when the session has ended under it (a message typed
    /// for a long time): it waits, encrypted in a one-time cookie of this page, until the reporter is back.
    /// </summary>
    protected virtual string? DraftToKeep => null;

    /// <summary>The draft kept by <see cref="KeepDraft"/> for this page, taken once; null when there is none.</summary>
    protected string? TakeKeptDraft() =>
        HttpContext.RequestServices.GetRequiredService<OneTimeCookie>().Take<KeptDraft>(HttpContext, KeptDraft.Cookie, Request.Path)?.Text;

    private static string DraftKeptMessage => Lang.T(
        "Sesi Anda telah berakhir sebelum pesan terkirim. Pesan Anda belum hilang: masuk lagi dan pesan itu muncul kembali di laporan Anda.",
        "Your session ended before the message was sent. Your message is not lost: sign in again and it comes back on your report.");

    private bool KeepDraft()
    {
        if (!HttpMethods.IsPost(Request.Method) || DraftToKeep is not { Length: > 0 } text)
        {
            return false;
        }
        HttpContext.RequestServices.GetRequiredService<OneTimeCookie>().Write(HttpContext, KeptDraft.Cookie, Request.Path, new KeptDraft(text));
        return true;
    }

    /// <summary>"Tandai sudah dibaca": null when the page may go on (done, or the message is in <see cref="TenantPageModel.Errors"/>).</summary>
    protected async Task<IActionResult?> MarkNotificationReadAsync(NotificationClient notifications, Guid id, CancellationToken cancellationToken)
    {
        var marked = await notifications.MarkReadAsync(Slug, id, cancellationToken);
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
