using System.Text.Json;
using Aspire.Hosting;
using Microsoft.Extensions.Hosting;

namespace Wbs.AppHost.Extensions;

public static class WbsSecretsExtensions
{
    /// <summary>Reads the secrets under <c>&lt;data&gt;/secrets</c>, creating the missing ones (first run).</summary>
    public static WbsSecrets AddWbsSecrets(this IDistributedApplicationBuilder builder) =>
        Load(new SecretStore(Path.Combine(AppHostSettings.DataDirectory(builder.Configuration), "secrets")), builder.Environment.IsDevelopment());

    /// <summary>The services that call <c>/internal</c> endpoints of others (Identity signs its own service token).</summary>
    public static readonly string[] ServiceClients = ["intake", "casemanagement", "evidencestorage", "web"];

    public static WbsSecrets Load(SecretStore store, bool development) => new()
    {
        PostgresPassword = store.GetOrCreate("postgres-password", SecretStore.NewPassword),
        RabbitMqPassword = store.GetOrCreate("rabbitmq-password", SecretStore.NewPassword),
        BrokerPasswords = BrokerUsers.All.ToDictionary(u => u.Service, u => store.GetOrCreate($"rabbitmq-{u.Service}-password", SecretStore.NewPassword)),
        DatabasePasswords = BackingServices.DatabaseNames.ToDictionary(n => n, n => store.GetOrCreate($"{n}-password", SecretStore.NewPassword)),
        KeyRingFiles = KeyRings.Load(store),
        DashboardToken = store.GetOrCreate("dashboard-token", SecretStore.NewToken),
        ReceiptSigningKey = store.GetOrCreate("receipt-signing-key", SecretStore.NewKey),
        ForwardingSigningKeyFile = store.GetOrCreateFile("forwarding-signing-key.pem", SecretStore.NewSigningKeyPem),
        ProofOfWorkKey = store.GetOrCreate("proof-of-work-key", SecretStore.NewKey),
        AuditChainKeyFile = store.GetOrCreateFile("audit-chain-key", SecretStore.NewKey),
        ServiceClientSecrets = ServiceClients.ToDictionary(n => n, n => store.GetOrCreate($"service-{n}-secret", SecretStore.NewToken)),
        DevStaffFile = development ? DevStaffFile(store) : null,
    };

    private static string DevStaffFile(SecretStore store)
    {
        var path = store.GetOrCreateFile("dev-staff.json", () => JsonSerializer.Serialize(DevStaff.Generate(), DevStaff.Json));
        var existing = DevStaff.Read(path);
        var complete = DevStaff.Complete(existing);
        if (complete.Count != existing.Count)
        {
            SecretStore.Write(path, JsonSerializer.Serialize(complete, DevStaff.Json));
        }
        return path;
    }

    /// <summary>
    /// The shared proof-of-work key, and <c>WBS_BENCH_UNLIMITED=1</c>: every rate limit, quota and proof
    /// of work lifted so a bench measures the machine (refused in Production).
    /// </summary>
    public static IResourceBuilder<ServiceResource> WithAbuseSettings(this IResourceBuilder<ServiceResource> service, WbsSecrets secrets,
        Microsoft.Extensions.Configuration.IConfiguration config)
    {
        service.WithEnvironment("Abuse__ProofOfWork__Key", secrets.ProofOfWorkKey);
        if (config["WBS_BENCH_UNLIMITED"] is "1" or "true")
        {
            if (secrets.DevStaffFile is null)
            {
                throw new InvalidOperationException("WBS_BENCH_UNLIMITED is for benchmarks and refused outside Development.");
            }
            service.WithEnvironment("Abuse__Unlimited", "true");
        }
        return service;
    }

    /// <summary>
    /// The key-ring files (not the keys) of the named purposes go to the service, and no others: a process
    /// holds only the keys it needs. SecurityOptions reads them, again whenever <c>./wbs keys rotate</c> changes one.
    /// </summary>
    public static IResourceBuilder<ServiceResource> WithSecurityKeys(this IResourceBuilder<ServiceResource> service, WbsSecrets secrets,
        params string[] purposes)
    {
        foreach (var purpose in purposes)
        {
            service.WithEnvironment($"Security__KeyFiles__{purpose}", secrets.KeyRingFiles[purpose]);
        }
        return service;
    }

    /// <summary>
    /// Service identities: each calling service gets its own client secret (an Aspire secret parameter kept
    /// under <c>.wbs/secrets/service-&lt;name&gt;-secret</c>), and Identity, which issues the tokens, all of them.
    /// </summary>
    public static void WithServiceIdentities(this IDistributedApplicationBuilder builder, WbsSecrets secrets,
        IResourceBuilder<ServiceResource> identity, IReadOnlyDictionary<string, IResourceBuilder<ServiceResource>> callers)
    {
        foreach (var (name, service) in callers)
        {
            var secret = builder.AddParameter($"service-{name}-secret", secrets.ServiceClientSecrets[name], secret: true);
            service.WithEnvironment("ServiceIdentity__ClientId", name).WithEnvironment("ServiceIdentity__ClientSecret", secret);
            identity.WithEnvironment($"ServiceIdentity__Clients__{name}", secret);
        }
    }
}
