using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Pages;

/// <summary>
/// Every page under <c>/{tenant}/…</c>: an unknown tenant is a 404 page; the tenant's profile (from
/// the shared catalogue, as every service resolves it) and the form's messages are at hand.
/// The antiforgery token is checked here rather than by the framework's filter, so that a page can
/// answer a lost token (browser restart, Tor's "New Identity", a page left open for hours) with the
/// form as typed and a request to send again, instead of an error page that loses it.
/// </summary>
[IgnoreAntiforgeryToken]
public abstract class TenantPageModel : PageModel
{
    public TenantProfile Tenant { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    /// <summary>A short confirmation shown once after a redirect (POST-redirect-GET).</summary>
    [TempData]
    public string? Flash { get; set; }

    /// <summary>A problem to show once after a redirect (never in the green confirmation box).</summary>
    [TempData]
    public string? FlashError { get; set; }

    /// <summary>The form came back because its antiforgery token was lost; nothing was done.</summary>
    public bool TokenLost { get; private set; }

    public static string TokenLostMessage => Lang.T(
        "Halaman ini terlalu lama terbuka atau peramban dimulai ulang, sehingga isian belum dikirim. Semua yang Anda tulis masih ada di bawah: periksa lalu kirim lagi.",
        "This page was open too long or the browser restarted, so nothing was sent yet. Everything you typed is still below: check it and send again.");

    /// <summary>Pages reading a streamed multipart form check the token themselves (see <see cref="StreamingFormReader"/>).</summary>
    protected virtual bool ChecksAntiforgeryItself => false;

    /// <summary>
    /// A post whose token was lost: pages with a form worth keeping show it again from the handler's
    /// bound arguments (nothing is done); the rest answer 400 as before.
    /// </summary>
    protected virtual Task<IActionResult> KeepTypedAsync(IDictionary<string, object?> arguments) =>
        Task.FromResult<IActionResult>(BadRequest());

    protected static string? Argument(IDictionary<string, object?> arguments, string name) =>
        arguments.TryGetValue(name, out var value) ? value as string : null;

    public string Slug => Tenant.Slug;

    /// <summary>Fields kept from a post the page could not take (see the staff console's KeptForm); shown by <see cref="Typed"/>.</summary>
    protected IReadOnlyDictionary<string, string>? KeptFields { get; set; }

    /// <summary>
    /// What was typed into <paramref name="field"/>: in the form just posted, when the page shows it again after a
    /// refusal, or kept from a post made after the session ended. Pages that stream their form never read it here.
    /// </summary>
    public string? Typed(string field) =>
        KeptFields?.GetValueOrDefault(field)
        ?? (HttpMethods.IsPost(Request.Method) && !ChecksAntiforgeryItself && Request.HasFormContentType && Request.Form[field].ToString() is { Length: > 0 } typed
            ? typed
            : null);

    /// <summary>
    /// Takes this page's one-time result (see <see cref="OneTimeCookie"/>) and, when there is one, makes the header's
    /// language switch post its sealed copy to the page's <c>language</c> handler (<see cref="ReshowOneTime{T}"/>).
    /// </summary>
    protected T? TakeOneTime<T>(string cookie, string path) where T : class
    {
        var value = HttpContext.RequestServices.GetRequiredService<OneTimeCookie>().Take<T>(HttpContext, cookie, path, out var sealedValue);
        OfferReshow(sealedValue);
        return value;
    }

    /// <summary>
    /// The language switch on a one-time result: its sealed copy goes back into the cookie (still within its first ten
    /// minutes) and the page is fetched again in the chosen language, which takes it once more. A reload afterwards
    /// still shows nothing.
    /// </summary>
    protected IActionResult ReshowOneTime<T>(string cookie, string path, string? sealedValue) where T : class
    {
        HttpContext.RequestServices.GetRequiredService<OneTimeCookie>().Restore<T>(HttpContext, cookie, path, sealedValue);
        return SeeOtherUrl(Request.SwitchUrl(Lang.Current));
    }

    private void OfferReshow(string? sealedValue)
    {
        if (sealedValue is not null)
        {
            ViewData[LanguageSwitch.Key] = LanguageSwitch.Reshow(sealedValue);
        }
    }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var tenants = HttpContext.RequestServices.GetRequiredService<TenantCatalogRefresher>();
        if (await tenants.FindAsync(RouteData.Values["tenant"] as string, HttpContext.RequestAborted) is not { } tenant
            || (tenant.IsPlatform && !ServesPlatform))
        {
            context.Result = NotFound();
            return;
        }
        Tenant = tenant;
        ViewData["Tenant"] = tenant;
        ViewData["TenantName"] = tenant.Name;
        if (await BeforeHandlerAsync() is { } result)
        {
            HandOverFlash();
            context.Result = result;
            return;
        }
        if (HttpMethods.IsPost(Request.Method) && !ChecksAntiforgeryItself
            && !await HttpContext.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(HttpContext))
        {
            TokenLost = true;
            Errors.AddGeneral(TokenLostMessage);
            context.Result = await KeepTypedAsync(context.HandlerArguments);
            return;
        }
        await next();
    }

    /// <summary>
    /// The framework saves <see cref="Flash"/> and <see cref="FlashError"/> through a filter that runs inside
    /// <c>next()</c>; a page answered before it (a redirect to sign in, a kept draft) hands its messages over itself.
    /// </summary>
    private void HandOverFlash()
    {
        if (Flash is not null)
        {
            TempData[nameof(Flash)] = Flash;
        }
        if (FlashError is not null)
        {
            TempData[nameof(FlashError)] = FlashError;
        }
    }

    /// <summary>True for the staff pages a platform admin uses (sign-in, password, the platform console); the platform has no public site.</summary>
    protected virtual bool ServesPlatform => false;

    /// <summary>A result here (e.g. a redirect to sign in) replaces the handler.</summary>
    protected virtual Task<IActionResult?> BeforeHandlerAsync() => Task.FromResult<IActionResult?>(null);

    /// <summary>Redirects within the tenant with 303, so the browser follows with GET.</summary>
    protected IActionResult SeeOther(string path) => SeeOtherUrl(TenantPaths.Of(Slug, path));

    /// <summary>303 See Other: after a POST the browser loads the target with GET, and reloading never re-posts.</summary>
    protected IActionResult SeeOtherUrl(string url)
    {
        Response.Headers.Location = url;
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    protected static bool IsSignInLost(ApiProblem problem) => problem.Status is StatusCodes.Status401Unauthorized;

    /// <summary>
    /// Checks the proof of work a protected form posted (see <see cref="FormProof"/>); when it is
    /// refused the page shows why and offers a fresh one, keeping everything the visitor typed.
    /// </summary>
    protected FormProofResult CheckProof(string family, string? challenge, string? nonce, string? ticket)
    {
        var result = HttpContext.RequestServices.GetRequiredService<FormProof>().Check(Slug, family, challenge, nonce, ticket);
        if (!result.Passed)
        {
            Errors.AddGeneral(ApiProblem.DefaultMessage(StatusCodes.Status428PreconditionRequired));
        }
        return result;
    }

    protected FormProofResult CheckProof(string family) =>
        CheckProof(family, Request.Form[FormProof.ChallengeField], Request.Form[FormProof.NonceField], Request.Form[FormProof.TicketField]);

    /// <summary>A streamed form's proof: the fields read so far (the forms put the proof above the file input).</summary>
    protected FormProofResult CheckProof(string family, StreamedForm form) =>
        CheckProof(family, form[FormProof.ChallengeField], form[FormProof.NonceField], form[FormProof.TicketField]);

    /// <summary>
    /// An anonymous upload costs what a submission costs: the form's proof is checked before the
    /// file is forwarded, and one post carries one file (<paramref name="earlier"/> is the proof of
    /// this post's first file). <c>Refusal</c> is null when the file may go on; otherwise it names
    /// the file, so that the visitor chooses it again (the rest of the form is kept).
    /// </summary>
    protected (string? Refusal, FormProofResult Proof) CheckUploadProof(string family, Infrastructure.Forms.FormFile file, FormProofResult? earlier)
    {
        if (earlier is not null)
        {
            return (Lang.T($"{file.FileName}: satu berkas setiap kali. Pilih berkas ini lagi lalu unggah.",
                $"{file.FileName}: one file at a time. Choose this file again and upload it."), earlier);
        }
        var proof = CheckProof(family, file.FieldsBefore);
        return (proof.Passed ? null
            : Lang.T($"{file.FileName}: belum diunggah. Tunggu beberapa detik, pilih berkas ini lagi, lalu unggah.",
                $"{file.FileName}: not uploaded yet. Wait a few seconds, choose this file again and upload it."), proof);
    }

    /// <summary>
    /// Calls a service with the visitor's proof. A service asking a proof itself (428) is answered
    /// here for a visitor without JavaScript who waited, when the challenge is modest; otherwise the
    /// form hands the service's challenge to the browser.
    /// </summary>
    protected async Task<ApiResult<T>> WithProofAsync<T>(FormProofResult proof, Func<string?, Task<ApiResult<T>>> call,
        CancellationToken cancellationToken)
    {
        var answer = await call(proof.Header);
        if (!answer.Ok && answer.Problem.Status == StatusCodes.Status428PreconditionRequired
            && HttpContext.RequestServices.GetRequiredService<FormProof>().SolveForVisitor(proof, answer.Problem, cancellationToken) is { } solved)
        {
            answer = await call(solved);
        }
        if (!answer.Ok && answer.Problem.Status == StatusCodes.Status428PreconditionRequired)
        {
            ViewData["ProofDemand"] = answer.Problem;
        }
        return answer;
    }
}
