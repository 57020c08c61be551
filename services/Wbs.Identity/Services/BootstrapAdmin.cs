using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Wbs.ServiceDefaults.Data;

namespace Wbs.Identity.Services;

/// <summary>
/// <c>Wbs.Identity bootstrap-admin TENANT [USERNAME]</c> (run by <c>./wbs bootstrap-admin</c>): the first admin of a tenant
/// that has none, for production where nothing is seeded. Prints a temporary password and a TOTP key once; both serve
/// only the first sign-in, where the admin sets up a fresh TOTP key and a password of their own. Refused (exit code 3)
/// when the tenant has an active admin. Needs only Identity's database and its TOTP key ring
/// (<c>ConnectionStrings__identitydb</c>, <c>Security__KeyFiles__Totp</c>); the running Identity sends the audit event.
/// </summary>
public static class BootstrapAdmin
{
    public const string Command = "bootstrap-admin";
    public const int Refused = 3;
    private static readonly StaffActor Actor = new(null, "./wbs bootstrap-admin");

    public static async Task<int> RunAsync(string[] args, TextWriter output, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var username = Usernames.Normalize(args.ElementAtOrDefault(1) ?? "admin");
        if (args is not [var tenant, ..] || !Regex.IsMatch(tenant, "^[a-z][a-z0-9-]{1,62}$") || !Usernames.IsValid(username))
        {
            await output.WriteLineAsync("usage: bootstrap-admin TENANT [USERNAME]");
            return 2;
        }
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.AddWbsSecurity(KeyPurposes.Totp);
        builder.AddWbsDbContext<IdentityDbContext>("identitydb");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PasswordService>();
        builder.Services.AddSingleton<TotpSecretProtector>();
        builder.Services.AddScoped<StaffDirectory>();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        // The platform's own tenant gets its platform admin the same way.
        var role = tenant == TenantProfile.PlatformSlug ? WbsClaims.Roles.PlatformAdmin : WbsClaims.Roles.Admin;
        if (await db.StaffUsers.AnyAsync(u => u.Tenant == tenant && !u.Disabled && u.Roles.Contains(role)))
        {
            await output.WriteLineAsync($"Refused: {tenant} has an admin already; admins add further users in the staff console.");
            return Refused;
        }
        var enrolment = await StaffEnrolment.EnrolAsync(scope.ServiceProvider.GetRequiredService<StaffDirectory>(), tenant, $"WBS {tenant}",
            username, [role], Actor, CancellationToken.None);
        if (enrolment is null)
        {
            await output.WriteLineAsync($"Refused: the username {username} is taken in {tenant}; name another.");
            return Refused;
        }
        await output.WriteLineAsync($"""
            First admin of {tenant} (shown once; good for the first sign-in only, where a fresh TOTP key and an own password are set):
              sign in at   /{tenant}/staff/login
              username     {enrolment.Username}
              password     {enrolment.TemporaryPassword}
              TOTP key     {enrolment.TotpSecret}
              otpauth URI  {enrolment.OtpauthUri}
            """);
        return 0;
    }
}
