namespace Wbs.Identity.Services;

/// <summary>
/// Checks a reporter's complaint code or username and password. Every failure looks the same to the
/// caller. No failure locks anyone out: a code is never throttled by other people's guesses (90 bits
/// make guessing hopeless; the gateway's proof of work makes it cost the guesser), and failed
/// passwords make the next attempts on that username ask a proof of work (see <see cref="SignInCosts"/>).
/// </summary>
public sealed class ReporterSignIn(IdentityDbContext db, ReportLookup reports, SignInCosts costs, PasswordService passwords)
{
    /// <summary>A string that is not a well-formed code fails before any look-up (the digester refuses it).</summary>
    public async Task<SignInResult<Report>> WithCodeAsync(string tenant, string? complaintCode, CancellationToken cancellationToken) =>
        await reports.FindByCodeAsync(tenant, complaintCode, cancellationToken) is { } report
            ? new(SignInOutcome.Succeeded, report)
            : SignInResult<Report>.Failed;

    public async Task<SignInResult<ReporterAccount>> WithPasswordAsync(
        string tenant, string? username, string? password, string? proof, CancellationToken cancellationToken)
    {
        var name = Usernames.Normalize(username);
        // Asked before the look-up, from the name alone: existing and unknown accounts answer alike.
        var cost = costs.For("account", tenant, name);
        if (cost.Demand(proof) is { } demand)
        {
            return SignInResult<ReporterAccount>.ProofRequired(demand);
        }
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Tenant == tenant && a.Username == name, cancellationToken);
        return await CheckAsync(account, password, cost, cancellationToken);
    }

    /// <summary>Checks a signed-in (tracked) account's password before a password change; too many failures of its own answer throttled.</summary>
    public async Task<SignInResult<ReporterAccount>> VerifyPasswordAsync(ReporterAccount? account, string? password, CancellationToken cancellationToken)
    {
        var cost = costs.For("account-password-change", account?.Tenant ?? "", account?.Id.ToString());
        return cost.Exhausted ? SignInResult<ReporterAccount>.Throttled : await CheckAsync(account, password, cost, cancellationToken);
    }

    /// <summary>An unknown account fails after the time one check costs.</summary>
    private async Task<SignInResult<ReporterAccount>> CheckAsync(
        ReporterAccount? account, string? password, SignInCost cost, CancellationToken cancellationToken)
    {
        cost.Attempted();
        if (account is null)
        {
            passwords.Waste(password);
            return SignInResult<ReporterAccount>.Failed;
        }
        var (matches, rehash) = passwords.Verify(account.PasswordHash, password);
        if (!matches)
        {
            return SignInResult<ReporterAccount>.Failed;
        }
        cost.Succeeded();
        if (rehash is not null)
        {
            account.PasswordHash = rehash;
            await db.SaveChangesAsync(cancellationToken);
        }
        return new(SignInOutcome.Succeeded, account);
    }
}
