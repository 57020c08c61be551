namespace Wbs.TestSupport;

/// <summary>
/// The configuration a service under test starts from, under the keys the AppHost gives it: its own fresh database and
/// virtual host, fresh key rings and the test JWKS, so test classes never share data or keys. A test's own settings go
/// in last (<see cref="Merge"/>) and win.
/// </summary>
public sealed class ServiceSettings : Dictionary<string, string?>
{
    public const string MessagingKey = "ConnectionStrings:messaging";

    public ServiceSettings()
    {
    }

    public ServiceSettings(IEnumerable<KeyValuePair<string, string?>> from) : base(from)
    {
    }

    /// <summary>The amqp:// URI of the service's virtual host.</summary>
    public string Messaging => this[MessagingKey]!;

    /// <param name="database">The connection name, e.g. <c>intakedb</c>.</param>
    /// <param name="connectionString">An existing database, to run a second instance beside the first.</param>
    /// <param name="messaging">An existing virtual host, to share one broker with other services or probes.</param>
    public static async Task<ServiceSettings> FreshAsync(InfrastructureFixture infra, string database, TestTokens tokens,
        string? connectionString = null, string? messaging = null) => new()
        {
            [$"ConnectionStrings:{database}"] = connectionString ?? await infra.CreateDatabaseAsync(database.Replace("db", "", StringComparison.Ordinal)),
            [MessagingKey] = messaging ?? await infra.CreateVirtualHostAsync(),
            ["Auth:Jwks"] = tokens.Jwks,
        };

    /// <summary>A fresh random key for each named ring (<c>Security:Keys:{ring}</c>).</summary>
    public ServiceSettings WithKeys(params string[] rings)
    {
        foreach (var ring in rings)
        {
            this[$"Security:Keys:{ring}"] = TestKeys.NewKey();
        }
        return this;
    }

    /// <summary>Puts <paramref name="extra"/> over what is set so far.</summary>
    public ServiceSettings Merge(IReadOnlyDictionary<string, string?>? extra)
    {
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            this[key] = value;
        }
        return this;
    }
}
