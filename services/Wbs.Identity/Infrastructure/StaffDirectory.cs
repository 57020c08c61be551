using Npgsql;

namespace Wbs.Identity.Infrastructure;

/// <summary>Creates and disables staff users of a tenant.</summary>
public sealed class StaffDirectory(IdentityDbContext db, PasswordService passwords, TotpSecretProtector secrets, TimeProvider clock)
{
    /// <param name="mustChangePassword">
    /// True for an enrolment by someone else: a temporary password the user has to replace, and a TOTP secret the
    /// enrolling admin saw, to be replaced by a fresh one, at the first sign-in.
    /// </param>
    /// <param name="createdBy">Who enrols the user (audited with the creation); none for seeded users.</param>
    /// <returns>The new user, or null when the username is taken in this tenant.</returns>
    public async Task<StaffUser?> CreateAsync(string tenant, Guid id, string username, string password, byte[] totpSecret,
        IEnumerable<string> roles, bool mustChangePassword, CancellationToken cancellationToken, StaffActor? createdBy = null)
    {
        if (await db.StaffUsers.AnyAsync(u => u.Tenant == tenant && u.Username == username, cancellationToken))
        {
            return null;
        }
        var user = new StaffUser
        {
            Id = id,
            Tenant = tenant,
            Username = username,
            PasswordHash = passwords.Hash(password),
            SealedTotpSecret = secrets.Seal(id, totpSecret),
            Roles = [.. roles.Distinct()],
            CreatedAt = clock.GetUtcNow(),
            MustChangePassword = mustChangePassword,
            MustEnrolTotp = mustChangePassword,
        };
        db.StaffUsers.Add(user);
        if (createdBy is { } actor)
        {
            db.RecordAct(tenant, IdentityActs.StaffCreated, actor, $"{user.Username} ({string.Join(", ", user.Roles)})", user.CreatedAt);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Neither the user nor its audit event stays behind for a later save.
            foreach (var added in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            {
                added.State = EntityState.Detached;
            }
            return null;
        }
        return user;
    }

    public Task<List<StaffUser>> ListAsync(string tenant, CancellationToken cancellationToken) =>
        db.StaffUsers.AsNoTracking().Where(u => u.Tenant == tenant).OrderBy(u => u.Username).ToListAsync(cancellationToken);

    public Task<StaffUser?> FindAsync(string tenant, Guid id, CancellationToken cancellationToken) =>
        db.StaffUsers.FirstOrDefaultAsync(u => u.Tenant == tenant && u.Id == id, cancellationToken);
}
