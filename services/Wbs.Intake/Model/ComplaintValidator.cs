namespace Wbs.Intake.Model;

/// <summary>The rules of API.md for a complaint body; the category must be one of the tenant's.</summary>
public sealed class ComplaintValidator : IValidator<ComplaintRequest>
{
    public void Validate(ComplaintRequest request, ValidationErrors errors, HttpContext http)
    {
        if (!ReporterTypes.IsValid(request.ReporterType))
        {
            errors.Add("reporterType", "Pilih pegawai instansi (internal) atau masyarakat umum (eksternal). / Choose staff of the agency (internal) or member of the public (external).");
        }
        if (!http.Tenant().HasCategory(request.Category))
        {
            errors.Add("category", "Kategori tidak dikenal untuk instansi ini. / Unknown category for this agency.");
        }
        errors.Length("title", request.Title, 5, 200);
        errors.Length("what", request.What, 20, 10_000);
        errors.Length("where", request.Where, 0, 10_000);
        errors.Length("when", request.When, 0, 10_000);
        errors.Length("who", request.Who, 0, 10_000);
        errors.Length("how", request.How, 0, 10_000);
        if (request.EvidenceIds is { Count: > Limits.EvidencePerReport })
        {
            errors.Add("evidenceIds", ValidationMessages.AtMostFiles(Limits.EvidencePerReport));
        }
        if (request.Identity is { } identity)
        {
            errors.Length("identity.name", identity.Name, 0, 200);
            errors.Length("identity.contact", identity.Contact, 0, 500);
        }
    }
}
