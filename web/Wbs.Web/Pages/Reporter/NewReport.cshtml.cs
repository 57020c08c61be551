using Microsoft.AspNetCore.Mvc;
using Wbs.ServiceDefaults.Problems;

namespace Wbs.Web.Pages.Reporter;

/// <summary>
/// "Buat laporan": the report form with 4W+1H guidance and evidence uploaded one file at a time.
/// The form is multipart and read as a stream (see <see cref="StreamingFormReader"/>, which checks
/// the antiforgery token itself before any file is forwarded), hence no automatic check here.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class NewReportModel(SessionCookies sessions, IntakeClient intake, EvidenceClient evidence, StreamingFormReader reader,
    OneTimeCookie oneTime) : ReporterPageModel(sessions)
{
    protected override bool ChecksAntiforgeryItself => true;

    /// <summary>An account links the new report to itself; a code session submits anonymously, as a visitor does.</summary>
    protected override SessionTicket? CallerTicket => Session is { IsAccount: true } ? Session : null;

    public const string ResultCookie = "wbs_result";

    private static readonly string[] Fields =
        ["reporterType", "category", "title", "what", "where", "when", "who", "how", "identity.name", "identity.contact", "evidenceIds", "file"];

    public ReportDraft Draft { get; private set; } = new();

    public IReadOnlyList<TenantCategory> Categories { get; private set; } = [];

    public long MaxEvidenceBytes { get; private set; }

    /// <summary>The largest video or audio this form takes: the tenant's media limit, within the form's own.</summary>
    public long MaxMediaBytes { get; private set; }

    public List<DraftEvidence> JustUploaded { get; } = [];

    /// <summary>The review step: the report as it will be sent, with "send" and "change" buttons.</summary>
    public bool Reviewing { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadProfileAsync(cancellationToken);

    /// <summary>No bound parameters (see <see cref="StreamingFormReader"/>).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        FormProofResult? proof = null;
        var read = await reader.ReadAsync(HttpContext, async file =>
        {
            (var refusal, proof) = CheckUploadProof("intake", file, proof);
            if (refusal is not null)
            {
                Errors.Add("file", refusal);
                return;
            }
            var result = await evidence.UploadAsync(Slug, file.FileName, file.ContentType, file.Content, cancellationToken);
            if (result.Ok)
            {
                JustUploaded.Add(DraftEvidence.From(result.Value));
            }
            else
            {
                Errors.Add("file", $"{file.FileName}: {result.Problem.Message}");
            }
        }, cancellationToken);
        if (read.Form is not { } form)
        {
            return read.Partial is { } partial ? await TooLargeAsync(partial, cancellationToken) : StatusCode(read.Refusal ?? StatusCodes.Status400BadRequest);
        }

        Draft = ReportDraft.From(form);
        await LoadProfileAsync(cancellationToken);
        if (read.TokenLost)
        {
            Errors.AddGeneral(TokenLostMessage);
            return Page();
        }
        Draft.Evidence.AddRange(JustUploaded.Where(u => Draft.Evidence.All(e => e.Id != u.Id)));
        if (Draft.Evidence.Count > Limits.EvidencePerReport)
        {
            Errors.Add("file", FormErrors.AtMostFiles(Limits.EvidencePerReport));
            Draft.Evidence.RemoveRange(Limits.EvidencePerReport, Draft.Evidence.Count - Limits.EvidencePerReport);
        }

        // Enter in a one-line field lands on "review" (the form's first button), never on "submit".
        var action = form["action"] ?? "review";
        if (action.StartsWith("remove:", StringComparison.Ordinal) && Guid.TryParse(action["remove:".Length..], out var removeId))
        {
            Draft.Evidence.RemoveAll(e => e.Id == removeId);
            return Page();
        }
        if (action == "upload")
        {
            if (JustUploaded.Count == 0 && !Errors.Has("file"))
            {
                Errors.Add("file", Lang.T("Belum ada berkas yang dipilih. Pilih berkas terlebih dahulu, lalu tekan \"Unggah berkas\".",
                    "No file was chosen. Choose a file first, then press \"Upload file\"."));
            }
            return Page();
        }
        if (Errors.Any || action == "edit")
        {
            return Page();
        }
        if (action != "submit" || form["reviewed"] != "1")
        {
            // The whole report and its evidence are shown once more before it is sent.
            Reviewing = Draft.CheckRequired(Errors);
            return Page();
        }
        // A post that carried a file had its proof checked for it (and a refused one was answered above).
        if ((proof ?? CheckProof("intake", form)) is not { Passed: true } submitProof)
        {
            Reviewing = true;
            return Page();
        }

        var answer = await WithProofAsync(submitProof, p => intake.SubmitAsync(Slug, Draft.ToSubmission(), Draft.IdempotencyKey, cancellationToken, p),
            cancellationToken);
        if (!answer.Ok)
        {
            Errors.Add(answer.Problem, Fields);
            return Page();
        }
        var created = answer.Value;
        oneTime.Write(HttpContext, ResultCookie, TenantPaths.Of(Slug, "lapor/terkirim"), new SubmittedReport(created.TrackingNumber, created.ComplaintCode,
            created.SubmittedAt, created.ResponseDueAt, created.Completeness, Session is { IsAccount: true }, Draft.ContentDigest()));
        return SeeOther("/lapor/terkirim");
    }

    /// <summary>
    /// The post passed the form's own limit: nothing is sent, and the page comes back (413) with the
    /// text typed before the file and the limit in MB, in place of whatever the cut-off upload answered.
    /// </summary>
    private async Task<IActionResult> TooLargeAsync(StreamedForm partial, CancellationToken cancellationToken)
    {
        Draft = ReportDraft.From(partial);
        await LoadProfileAsync(cancellationToken);
        Draft.Evidence.AddRange(JustUploaded.Where(u => Draft.Evidence.All(e => e.Id != u.Id)).Take(Math.Max(0, Limits.EvidencePerReport - Draft.Evidence.Count)));
        Errors.Remove("file");
        var limit = Format.Megabytes(reader.MaxBytes);
        Errors.Add("file", Lang.T(
            $"Berkas terlalu besar: formulir ini menerima paling besar {limit} sekaligus, sehingga berkas tidak dikirim. Isian Anda tetap di bawah; "
            + "pilih berkas yang lebih kecil (misalnya video yang dipendekkan), lalu tekan \"Unggah berkas\" lagi.",
            $"The file is too large: this form takes at most {limit} at once, so the file was not sent. What you typed is kept below; "
            + "choose a smaller file (for example a shortened video), then press \"Upload file\" again."));
        Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Page();
    }

    /// <summary>Categories and the size limit come from Intake, which decides what it accepts; the shared catalogue is the fallback.</summary>
    private async Task LoadProfileAsync(CancellationToken cancellationToken)
    {
        var profile = await intake.GetProfileAsync(Slug, cancellationToken);
        var source = profile.Ok ? profile.Value : Tenant;
        Categories = source.Categories;
        MaxEvidenceBytes = source.MaxEvidenceBytes;
        // Room for the form's text fields next to the file.
        MaxMediaBytes = Math.Min(source.MaxMediaBytes, reader.MaxBytes - 1024 * 1024);
    }
}
