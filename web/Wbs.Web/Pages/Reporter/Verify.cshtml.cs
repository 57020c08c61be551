using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Infrastructure.Receipts;

namespace Wbs.Web.Pages.Reporter;

/// <summary>"Periksa tanda terima": anyone (reporter or staff) pastes or uploads a receipt and learns whether the platform signed it.</summary>
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes, ValueLengthLimit = MaxBytes)]
public sealed class VerifyModel(SessionCookies sessions, ReceiptSigner signer) : ReporterPageModel(sessions)
{
    // A receipt is a few hundred bytes; files this small stay in memory, never on the server's disk.
    private const int MaxBytes = 32 * 1024;

    public string? Text { get; private set; }

    /// <summary>Null before a check; then the receipt, or none when it is not valid.</summary>
    public bool Checked { get; private set; }

    public Receipt? Valid { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? receipt, IFormFile? file, CancellationToken cancellationToken)
    {
        Text = receipt;
        if (file is { Length: > 0 and <= MaxBytes })
        {
            using var reader = new StreamReader(file.OpenReadStream());
            Text = await reader.ReadToEndAsync(cancellationToken);
        }
        if (string.IsNullOrWhiteSpace(Text))
        {
            Errors.Add("receipt", Lang.T("Tempelkan isi tanda terima atau pilih berkasnya.", "Paste the receipt or choose its file."));
            return Page();
        }
        Checked = true;
        Valid = signer.Verify(Text) is { } verified && verified.Tenant == Slug ? verified : null;
        return Page();
    }

    protected override Task<IActionResult> KeepTypedAsync(IDictionary<string, object?> arguments)
    {
        Text = Argument(arguments, "receipt");
        return Task.FromResult<IActionResult>(Page());
    }
}
