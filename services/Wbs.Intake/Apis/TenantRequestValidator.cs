namespace Wbs.Intake.Apis;

/// <summary>
/// Checks a tenant request: on creation (POST) slug, name and categories are required; elsewhere a field
/// left out keeps its value. Every message Indonesian first.
/// </summary>
public sealed class TenantRequestValidator : IValidator<TenantRequest>
{
    public void Validate(TenantRequest r, ValidationErrors errors, HttpContext http)
    {
        var creating = HttpMethods.IsPost(http.Request.Method);
        if (creating && (r.Slug is null || !TenantRules.Slug().IsMatch(r.Slug) || TenantRules.Reserved.Contains(r.Slug)))
        {
            errors.Add("slug", "Slug 3–40 huruf kecil, angka atau '-', diawali huruf, dan belum dipakai sistem. / Slug: 3–40 lower-case letters, digits or '-', starting with a letter, not reserved.");
        }
        if (creating || r.Name is not null)
        {
            errors.Length("name", r.Name, 3, 200);
        }
        if (r.ShortName is not null)
        {
            errors.Length("shortName", r.ShortName, 2, 100);
        }
        if (r.AccountFlow is not null && !TenantRules.AccountFlows.Contains(r.AccountFlow))
        {
            errors.Add("accountFlow", "Pilih code-first, account-first atau both. / Choose code-first, account-first or both.");
        }
        if (r.DeadlineRule is { IsValid: false })
        {
            errors.Add("deadlineRule", "Batas waktu 1–365 hari, satuan calendar atau working. / Deadline: 1–365 days, unit calendar or working.");
        }
        if (r.TimeZone is not null && !TenantTimeZones.IsKnown(r.TimeZone))
        {
            errors.Add("timeZone", $"Zona waktu: {string.Join(", ", TenantTimeZones.All)}. / Time zone must be one of these.");
        }
        if (r.StaffLanguage is not null && !TenantLanguages.IsKnown(r.StaffLanguage))
        {
            errors.Add("staffLanguage", "Bahasa e-mail petugas: id atau en. / Staff e-mail language: id or en.");
        }
        if (r.AcknowledgementDays is < 1 or > 30)
        {
            errors.Add("acknowledgementDays", "Antara 1 dan 30 hari. / Between 1 and 30 days.");
        }
        if (r.RetentionYears is < 1 or > 30)
        {
            errors.Add("retentionYears", "Antara 1 dan 30 tahun. / Between 1 and 30 years.");
        }
        if (r.Holidays is not null)
        {
            HolidayYearValidator.Validate(r.Holidays, errors, http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        }
        ValidateContent(r, errors, creating);
    }

    private static void ValidateContent(TenantRequest r, ValidationErrors errors, bool creating)
    {
        if (r.Logo is not null && !TenantRules.IsLogo(r.Logo))
        {
            errors.Add("logo", "Logo: alamat di situs ini (/…), alamat https, atau gambar PNG/JPEG/WebP hingga ±150 KB. / Logo: a site path, an https address or a PNG/JPEG/WebP up to about 150 KB.");
        }
        if (r.ThemeColor is not null && !TenantRules.Colour().IsMatch(r.ThemeColor))
        {
            errors.Add("themeColor", "Warna dalam bentuk #rrggbb. / Colour as #rrggbb.");
        }
        foreach (var (field, text) in new[] { ("tagline", r.Tagline), ("taglineEn", r.TaglineEn), ("legalBasis", r.LegalBasis), ("legalBasisEn", r.LegalBasisEn) })
        {
            if (text is { Length: > 2000 })
            {
                errors.Add(field, "Paling banyak 2000 karakter. / At most 2000 characters.");
            }
        }
        if (creating && r.Categories is null || r.Categories is { Count: 0 or > 50 })
        {
            errors.Add("categories", "Isi 1–50 kategori. / Give 1–50 categories.");
        }
        else if (r.Categories is not null)
        {
            if (r.Categories.Any(c => c.Code is null || !TenantRules.CategoryCode().IsMatch(c.Code) || string.IsNullOrWhiteSpace(c.Label) || c.Label.Length > 100))
            {
                errors.Add("categories", "Kode kategori 2–64 huruf kecil, angka atau '_', dengan label hingga 100 karakter. / Category code: 2–64 of a–z, 0–9, '_'; label up to 100 characters.");
            }
            else if (r.Categories.Select(c => c.Code).Distinct().Count() != r.Categories.Count)
            {
                errors.Add("categories", "Kode kategori tidak boleh kembar. / Category codes must be unique.");
            }
        }
        if (r.Faq is { Count: > 50 } || r.Faq?.Any(f => string.IsNullOrWhiteSpace(f.Q) || string.IsNullOrWhiteSpace(f.A) || f.Q.Length > 300 || f.A.Length > 4000) == true)
        {
            errors.Add("faq", "Hingga 50 tanya-jawab; pertanyaan ≤ 300 dan jawaban ≤ 4000 karakter, keduanya wajib. / Up to 50 entries; question ≤ 300 and answer ≤ 4000 characters, both required.");
        }
        foreach (var (field, items) in new[] { ("services", r.Services), ("reportSteps", r.ReportSteps), ("flow", r.Flow), ("flowDetail", r.FlowDetail) })
        {
            if (items is { Count: > 20 } || items?.Any(i => string.IsNullOrWhiteSpace(i.Title) || string.IsNullOrWhiteSpace(i.Text) || i.Title.Length > 200 || i.Text.Length > 2000) == true)
            {
                errors.Add(field, "Hingga 20 butir; judul ≤ 200 dan teks ≤ 2000 karakter, keduanya wajib. / Up to 20 items; title ≤ 200 and text ≤ 2000 characters, both required.");
            }
        }
    }
}
