using System.Text;
using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Infrastructure.Receipts;

namespace Wbs.Web.Pages.Reporter;

/// <summary>The result of a submission: the complaint code, shown this once, and a signed receipt to keep.</summary>
public sealed class SubmittedModel(SessionCookies sessions, ReceiptSigner signer) : ReporterPageModel(sessions)
{
    public SubmittedReport? Result { get; private set; }

    /// <summary>The signed receipt without the code, and the same with it (the reporter picks one to download).</summary>
    public (string Plain, string WithCode)? Receipts { get; private set; }

    private string CookiePath => TenantPaths.Of(Slug, "lapor/terkirim");

    public void OnGet() => Show(TakeOneTime<SubmittedReport>(NewReportModel.ResultCookie, CookiePath));

    /// <summary>The header's language switch: the same result in the other language (the code is not lost by switching).</summary>
    public IActionResult OnPostLanguage(string? @sealed) => ReshowOneTime<SubmittedReport>(NewReportModel.ResultCookie, CookiePath, @sealed);

    private void Show(SubmittedReport? result)
    {
        Result = result;
        if (Result is { ContentDigest: { } digest } r && signer.Available)
        {
            var receipt = new Receipt(Slug, r.TrackingNumber, r.SubmittedAt, digest);
            Receipts = (signer.Sign(receipt), signer.Sign(receipt with { ComplaintCode = r.ComplaintCode }));
        }
    }

    /// <summary>The receipt as a text file; only a receipt this platform signed for this tenant is handed back.</summary>
    public IActionResult OnPostReceipt(string? receipt, string? receiptWithCode, bool includeCode)
    {
        var signed = includeCode ? receiptWithCode : receipt;
        if (signer.Verify(signed) is not { } verified || verified.Tenant != Slug)
        {
            return BadRequest();
        }
        var text = ReceiptDocument.Render(verified, signed!, Tenant, $"{Request.Scheme}://{Request.Host}/{Slug}/verifikasi");
        return File(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", $"tanda-terima-{verified.TrackingNumber}.txt");
    }
}
