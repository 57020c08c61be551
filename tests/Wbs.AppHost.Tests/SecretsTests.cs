namespace Wbs.AppHost.Tests;

public sealed class SecretsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Secrets_are_created_once_and_reused_by_the_next_run()
    {
        var first = WbsSecretsExtensions.Load(new SecretStore(Path.Combine(_temp.Path, "secrets")), development: true);
        var second = WbsSecretsExtensions.Load(new SecretStore(Path.Combine(_temp.Path, "secrets")), development: true);

        Assert.Equal(first with { DatabasePasswords = second.DatabasePasswords, BrokerPasswords = second.BrokerPasswords, KeyRingFiles = second.KeyRingFiles, ServiceClientSecrets = second.ServiceClientSecrets }, second);
        Assert.Equal(first.DatabasePasswords, second.DatabasePasswords);
        Assert.Equal(first.KeyRingFiles.Values.Select(File.ReadAllText), second.KeyRingFiles.Values.Select(File.ReadAllText));
        Assert.Equal(first.ServiceClientSecrets, second.ServiceClientSecrets);
        // Each calling service has a secret of its own.
        Assert.Equal(WbsSecretsExtensions.ServiceClients.Length, first.ServiceClientSecrets.Values.Distinct().Count());
        Assert.Equal(BackingServices.DatabaseNames.Length, first.DatabasePasswords.Values.Distinct().Count());
        Assert.Equal(first.BrokerPasswords, second.BrokerPasswords);
        Assert.Equal(BrokerUsers.All.Count, first.BrokerPasswords.Values.Distinct().Count());
        Assert.Equal(File.ReadAllText(first.DevStaffFile!), File.ReadAllText(second.DevStaffFile!));
        Assert.NotEqual(first.PostgresPassword, first.RabbitMqPassword);
        Assert.True(first.DashboardToken.Length >= 32);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Secret_files_are_readable_by_the_owner_only()
    {
        var secrets = WbsSecretsExtensions.Load(new SecretStore(Path.Combine(_temp.Path, "secrets")), development: true);

        var directory = Path.GetDirectoryName(secrets.KeyRingFiles[KeyRings.Content])!;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
        foreach (var file in Directory.GetFiles(directory))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        // 8 platform secrets, the audit chain key, one key ring per purpose, one password per database and per broker user,
        // and one client secret per calling service.
        Assert.Equal(8 + KeyRings.Purposes.Count + BackingServices.DatabaseNames.Length + BrokerUsers.All.Count + WbsSecretsExtensions.ServiceClients.Length,
            Directory.GetFiles(directory).Length);
    }

    [Fact]
    public void Each_purpose_has_a_ring_of_its_own_32_byte_key()
    {
        var secrets = WbsSecretsExtensions.Load(new SecretStore(Path.Combine(_temp.Path, "secrets")), development: false);

        var keys = KeyRings.Purposes.Select(p => File.ReadAllText(secrets.KeyRingFiles[p]).Trim()).ToList();
        Assert.All(keys, k => Assert.Equal(32, Convert.FromBase64String(k).Length));
        Assert.Equal(KeyRings.Purposes.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Data_of_an_older_run_stays_readable_its_shared_key_becoming_the_older_key_of_each_ring()
    {
        var store = new SecretStore(Path.Combine(_temp.Path, "secrets"));
        var shared = SecretStore.NewKey();
        var digest = SecretStore.NewKey();
        SecretStore.Write(store.PathOf("key-encryption-key"), shared);
        SecretStore.Write(store.PathOf("code-digest-key"), digest);

        var secrets = WbsSecretsExtensions.Load(store, development: false);

        string[] Ring(string purpose) => File.ReadAllLines(secrets.KeyRingFiles[purpose]);
        foreach (var purpose in new[] { KeyRings.Content, KeyRings.Identity, KeyRings.Messages, KeyRings.Totp, KeyRings.SigningKeys, KeyRings.Evidence })
        {
            Assert.Equal(2, Ring(purpose).Length);
            Assert.NotEqual(shared, Ring(purpose)[0]);
            Assert.Equal(shared, Ring(purpose)[1]);
        }
        Assert.Equal([digest], Ring(KeyRings.CodeDigest));
        Assert.DoesNotContain(shared, Ring(KeyRings.DataProtection));
    }

    [Fact]
    public void The_forwarding_signing_key_is_a_P256_private_key_that_signs()
    {
        var secrets = WbsSecretsExtensions.Load(new SecretStore(Path.Combine(_temp.Path, "secrets")), development: false);

        using var key = System.Security.Cryptography.ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(secrets.ForwardingSigningKeyFile));
        Assert.Equal(256, key.KeySize);
        var data = "manifest"u8.ToArray();
        Assert.True(key.VerifyData(data, key.SignData(data, System.Security.Cryptography.HashAlgorithmName.SHA256), System.Security.Cryptography.HashAlgorithmName.SHA256));
    }

    [Fact]
    public void A_role_added_since_an_earlier_run_gets_its_users_and_the_others_keep_their_secrets()
    {
        var store = new SecretStore(Path.Combine(_temp.Path, "secrets"));
        var first = DevStaff.Read(WbsSecretsExtensions.Load(store, development: true).DevStaffFile!);
        var older = first.Where(s => !s.Roles.Contains("custodian")).ToList();
        File.WriteAllText(store.PathOf("dev-staff.json"), System.Text.Json.JsonSerializer.Serialize(older, DevStaff.Json));

        var again = DevStaff.Read(WbsSecretsExtensions.Load(store, development: true).DevStaffFile!);

        Assert.Equal(13, again.Count);
        Assert.All(older, o => Assert.Contains(o, again, EqualityComparer<DevStaffUser>.Create((a, b) => a!.Id == b!.Id && a.Password == b.Password)));
        Assert.Equal(2, again.Count(s => s.Roles.Contains("custodian")));
    }

    [Fact]
    public void Outside_development_no_staff_is_seeded()
    {
        var secrets = WbsSecretsExtensions.Load(new SecretStore(Path.Combine(_temp.Path, "secrets")), development: false);

        Assert.Null(secrets.DevStaffFile);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "secrets", "dev-staff.json")));
    }

    [Fact]
    public void Dev_staff_has_one_user_per_role_per_tenant_with_base32_totp_secrets()
    {
        var secrets = WbsSecretsExtensions.Load(new SecretStore(Path.Combine(_temp.Path, "secrets")), development: true);

        var staff = DevStaff.Read(secrets.DevStaffFile!);

        // Per agency one user per role, and the platform admin.
        Assert.Equal(13, staff.Count);
        Assert.Equal(["platform_admin"], staff.Single(s => s.Tenant == "platform").Roles);
        foreach (var tenant in new[] { "banjarnegara", "komdigi" })
        {
            Assert.Equal(["admin", "auditor", "custodian", "investigator", "supervisor", "verifier"],
                staff.Where(s => s.Tenant == tenant).SelectMany(s => s.Roles).Order());
        }
        Assert.Contains(staff, s => s is { Tenant: "banjarnegara", Username: "bjn.admin" });
        Assert.Equal(13, staff.Select(s => s.Id).Distinct().Count());
        Assert.Equal(13, staff.Select(s => s.Password).Distinct().Count());
        Assert.All(staff, s =>
        {
            Assert.Matches("^[A-Z2-7]{32}$", s.TotpSecret);
            Assert.Matches("[A-Z]", s.Password);
            Assert.Matches("[a-z]", s.Password);
            Assert.Matches("[0-9]", s.Password);
            Assert.True(s.Password.Length >= 12);
        });
    }

    [Fact]
    public void Base32_matches_rfc_4648_vectors()
    {
        Assert.Equal("MZXW6YTBOI", DevStaff.Base32("foobar"u8));
        Assert.Equal("MY", DevStaff.Base32("f"u8));
        Assert.Equal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DevStaff.Base32("12345678901234567890"u8));
    }

    public void Dispose() => _temp.Dispose();
}
