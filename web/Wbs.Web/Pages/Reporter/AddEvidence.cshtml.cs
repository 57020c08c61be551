using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>
/// Supplementary evidence for an existing report: the file streams to EvidenceStorage (antiforgery
/// checked first by <see cref="StreamingFormReader"/>), then CaseManagement attaches it.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class AddEvidenceModel(SessionCookies sessions, EvidenceClient evidence, CaseClient cases, StreamingFormReader reader)
    : ReporterPageModel(sessions)
{
    protected override bool ChecksAntiforgeryItself => true;

    protected override bool RequiresSession => true;

    public IActionResult OnGet(string trackingNumber) => SeeOther($"/laporan/{Uri.EscapeDataString(trackingNumber)}");

    /// <summary>No bound parameters (see <see cref="StreamingFormReader"/>).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var trackingNumber = RouteData.Values["trackingNumber"] as string ?? "";
        var uploaded = new List<DraftEvidence>();
        var problems = new List<string>();
        FormProofResult? proof = null;
        var read = await reader.ReadAsync(HttpContext, async file =>
        {
            (var refusal, proof) = CheckUploadProof("evidence", file, proof);
            if (refusal is not null)
            {
                problems.Add(refusal);
                return;
            }
            var result = await evidence.UploadAsync(Slug, file.FileName, file.ContentType, file.Content, cancellationToken);
            if (result.Ok) { uploaded.Add(DraftEvidence.From(result.Value)); }
            else { problems.Add($"{file.FileName}: {result.Problem.Message}"); }
        }, cancellationToken);
        if (read.Form is null)
        {
            return StatusCode(read.Refusal ?? StatusCodes.Status400BadRequest);
        }

        // With JavaScript the file went ahead as a resumable upload: the form names it instead of carrying it.
        uploaded.AddRange(read.Form.All("evidence").Select(DraftEvidence.Parse).OfType<DraftEvidence>().Take(1));
        var back = $"/laporan/{Uri.EscapeDataString(trackingNumber)}";
        if (read.TokenLost)
        {
            FlashError = Lang.T("Halaman terlalu lama terbuka, sehingga berkas belum diunggah. Pilih berkas lalu unggah lagi.",
                "The page was open too long, so the file was not uploaded. Choose the file and upload it again.");
            return SeeOther(back);
        }
        if (problems.Count > 0 || uploaded.Count == 0)
        {
            FlashError = problems.Count > 0 ? string.Join(" ", problems)
                : Lang.T("Belum ada berkas yang dipilih. Pilih berkas terlebih dahulu, lalu tekan \"Unggah bukti\".", "No file was chosen. Choose a file first, then press \"Upload evidence\".");
            return SeeOther(back);
        }
        var attached = await cases.AddEvidenceAsync(Slug, trackingNumber, [.. uploaded.Select(u => u.Id)], cancellationToken);
        if (!attached.Ok && IsSignInLost(attached.Problem))
        {
            return SignInAgain();
        }
        var removed = uploaded.SelectMany(u => u.Removed).Distinct().ToList();
        if (!attached.Ok)
        {
            FlashError = attached.Problem.Message;
            return SeeOther(back);
        }
        Flash = Lang.T($"Bukti {string.Join(", ", uploaded.Select(u => u.Name))} ditambahkan. ", $"Evidence {string.Join(", ", uploaded.Select(u => u.Name))} added. ")
              + (removed.Count > 0
                  ? Lang.T($"Metadata dihapus: {string.Join(", ", removed)}.", $"Metadata removed: {string.Join(", ", removed)}.")
                  : Lang.T("Tidak ada metadata yang perlu dihapus.", "No metadata needed removing."));
        return SeeOther(back);
    }
}
