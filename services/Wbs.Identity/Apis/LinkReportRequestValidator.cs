namespace Wbs.Identity.Apis;

public sealed class LinkReportRequestValidator : IValidator<LinkReportRequest>
{
    public void Validate(LinkReportRequest request, ValidationErrors errors, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.ComplaintCode))
        {
            errors.Add("complaintCode", ValidationMessages.Required);
        }
        else if (ComplaintCode.Normalize(request.ComplaintCode) is null)
        {
            errors.Add("complaintCode", "Format kode pengaduan tidak dikenali. / The complaint code is not well-formed.");
        }
    }
}
