using Wbs.Contracts;

namespace Wbs.Web.Infrastructure.Display;

/// <summary>Labels, in the reader's language, for the codes the services answer.</summary>
public static class Labels
{
    public static readonly string[] Statuses = CaseStatuses.All;

    /// <summary>Labels say where the report stands now ("being verified", not "verified").</summary>
    public static string Status(string status) => status switch
    {
        CaseStatuses.Received => Lang.T("Diterima", "Received"),
        CaseStatuses.InVerification => Lang.T("Sedang diverifikasi", "Being verified"),
        CaseStatuses.NeedsInformation => Lang.T("Perlu dilengkapi", "Needs more information"),
        CaseStatuses.InFollowUp => Lang.T("Sedang ditindaklanjuti", "Being followed up"),
        CaseStatuses.Closed => Lang.T("Selesai", "Closed"),
        CaseStatuses.Rejected => Lang.T("Ditolak", "Rejected"),
        _ => status,
    };

    public static readonly string[] Outcomes = ["proven", "not_proven", "forwarded"];

    public static string Outcome(string? outcome) => outcome switch
    {
        "proven" => Lang.T("Terbukti", "Proven"),
        "not_proven" => Lang.T("Tidak terbukti", "Not proven"),
        "forwarded" => Lang.T("Dilimpahkan", "Forwarded"),
        null => "",
        _ => outcome,
    };

    public static string DisclosureStatus(string status) => status switch
    {
        "pending" => Lang.T("Menunggu keputusan kustodian", "Awaiting the custodian's decision"),
        "approved" => Lang.T("Disetujui", "Approved"),
        "denied" => Lang.T("Ditolak", "Denied"),
        _ => status,
    };

    /// <summary>The bodies outside the platform a case can be forwarded to (their own names, in no language).</summary>
    public static readonly (string Code, string Name)[] ForwardingBodies =
        [("lapor", "SP4N-LAPOR!"), ("kpk", "Komisi Pemberantasan Korupsi (KPK)"), ("apip", "APIP / BPKP")];

    public static readonly string[] Roles = [WbsClaims.Roles.Admin, WbsClaims.Roles.Supervisor, WbsClaims.Roles.Verifier,
        WbsClaims.Roles.Investigator, WbsClaims.Roles.Auditor, WbsClaims.Roles.Custodian];

    public static string Role(string role) => role switch
    {
        WbsClaims.Roles.Admin => Lang.T("Administrator", "Administrator"),
        WbsClaims.Roles.Supervisor => Lang.T("Supervisor", "Supervisor"),
        WbsClaims.Roles.Verifier => Lang.T("Verifikator", "Verifier"),
        WbsClaims.Roles.Investigator => Lang.T("Investigator", "Investigator"),
        WbsClaims.Roles.Auditor => Lang.T("Auditor", "Auditor"),
        WbsClaims.Roles.Custodian => Lang.T("Kustodian identitas", "Identity custodian"),
        WbsClaims.Roles.PlatformAdmin => Lang.T("Admin platform", "Platform admin"),
        _ => role,
    };

    public static string ReporterType(string type) => type switch
    {
        "internal" => Lang.T("Internal (pegawai)", "Internal (civil servant)"),
        "external" => Lang.T("Eksternal (masyarakat)", "External (member of the public)"),
        _ => type,
    };

    public static string Category(TenantProfile tenant, string code) =>
        tenant.Categories.FirstOrDefault(c => c.Code == code) is { } c ? Lang.Pick(c.Label, c.LabelEn) : code;

    public static string AuditAction(string action) => action switch
    {
        "case.opened" => Lang.T("Kasus dibuka", "Case opened"),
        "case.viewed" => Lang.T("Membuka kasus", "Viewed case"),
        "case.status_changed" => Lang.T("Mengubah status", "Changed status"),
        "case.assigned" => Lang.T("Menugaskan", "Assigned"),
        "case.message_staff" => Lang.T("Pesan petugas", "Staff message"),
        "case.message_reporter" => Lang.T("Pesan pelapor", "Reporter message"),
        "case.note" => Lang.T("Catatan internal", "Internal note"),
        "evidence.supplemented" => Lang.T("Bukti tambahan", "Evidence added"),
        "evidence.viewed" => Lang.T("Membuka bukti", "Viewed evidence"),
        _ => action,
    };
}
