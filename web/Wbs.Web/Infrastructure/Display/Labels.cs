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

    public static string Category(TenantProfile tenant, string code) => Category(tenant.Categories, code);

    /// <summary>A category's label in the reader's language (the tenant's English one when it wrote one); an unknown code as it is.</summary>
    public static string Category(IEnumerable<TenantCategory> categories, string? code) =>
        categories.FirstOrDefault(c => c.Code == code) is { } c ? Lang.Pick(c.Label, c.LabelEn) : code ?? "";

    /// <summary>The <c>lang</c> of what <see cref="Category(IEnumerable{TenantCategory}, string?)"/> shows.</summary>
    public static string CategoryLang(IEnumerable<TenantCategory> categories, string? code) =>
        Lang.LangOf(categories.FirstOrDefault(c => c.Code == code)?.LabelEn);

    /// <summary>
    /// Every action the audit trail holds: CaseManagement's own (its <c>AuditActions</c>, which this app does not
    /// reference) and Identity's acts (<see cref="IdentityActs"/>); an unknown one shows as its code.
    /// </summary>
    public static string AuditAction(string action) => action switch
    {
        "case.opened" => Lang.T("Kasus dibuka", "Case opened"),
        "case.viewed" => Lang.T("Membuka kasus", "Viewed case"),
        "case.status_changed" => Lang.T("Mengubah status", "Changed status"),
        "case.assigned" => Lang.T("Menugaskan", "Assigned"),
        "case.message_staff" => Lang.T("Pesan petugas", "Staff message"),
        "case.message_reporter" => Lang.T("Pesan pelapor", "Reporter message"),
        "case.note" => Lang.T("Catatan internal", "Internal note"),
        "case.forwarded" => Lang.T("Meneruskan kasus ke lembaga lain", "Forwarded the case to another body"),
        "case.redacted" => Lang.T("Menyamarkan bagian laporan untuk penerusan", "Redacted part of the report for forwarding"),
        "case.package_exported" => Lang.T("Mengunduh paket penerusan", "Downloaded the forwarding package"),
        "case.content_destroyed" => Lang.T("Isi dimusnahkan karena masa simpan berakhir", "Content destroyed at the end of retention"),
        "evidence.supplemented" => Lang.T("Bukti tambahan", "Evidence added"),
        "evidence.viewed" => Lang.T("Membuka bukti", "Viewed evidence"),
        "disclosure.requested" => Lang.T("Meminta pengungkapan identitas", "Requested an identity disclosure"),
        "disclosure.approved" => Lang.T("Menyetujui pengungkapan identitas", "Approved an identity disclosure"),
        "disclosure.denied" => Lang.T("Menolak pengungkapan identitas", "Denied an identity disclosure"),
        "identity.read" => Lang.T("Membuka identitas pelapor", "Opened the reporter's identity"),
        "identity.refused" => Lang.T("Ditolak membuka identitas pelapor (tanpa persetujuan)", "Refused the reporter's identity (no approval)"),
        "content.read" => Lang.T("Membaca isi laporan", "Read the report's content"),
        "case_list.read" => Lang.T("Membuka daftar judul kasus", "Listed case titles"),
        "titles.searched" => Lang.T("Mencari di judul laporan", "Searched report titles"),
        "statistics.exported" => Lang.T("Mengunduh statistik", "Downloaded statistics"),
        IdentityActs.StaffCreated => Lang.T("Membuat akun petugas", "Created a staff account"),
        IdentityActs.StaffDisabled => Lang.T("Menonaktifkan akun petugas", "Disabled a staff account"),
        IdentityActs.SignInSucceeded => Lang.T("Masuk", "Signed in"),
        IdentityActs.SignInWrongPassword => Lang.T("Gagal masuk: kata sandi salah", "Sign-in failed: wrong password"),
        IdentityActs.SignInWrongTotp => Lang.T("Gagal masuk: kode TOTP salah", "Sign-in failed: wrong TOTP code"),
        IdentityActs.SignInLockedOut => Lang.T("Gagal masuk berulang: percobaan berikutnya diperlambat", "Repeated failed sign-ins: further attempts slowed down"),
        IdentityActs.SignInUnknownUser => Lang.T("Gagal masuk: nama pengguna tidak dikenal", "Sign-in failed: unknown username"),
        IdentityActs.SignInDisabledUser => Lang.T("Gagal masuk: akun nonaktif", "Sign-in failed: account disabled"),
        IdentityActs.PasswordChanged => Lang.T("Mengganti kata sandi", "Changed the password"),
        IdentityActs.TotpEnrolled => Lang.T("Memasang kunci TOTP baru", "Set up a new TOTP key"),
        _ => action,
    };
}
