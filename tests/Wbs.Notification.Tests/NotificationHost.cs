namespace Wbs.Notification.Tests;

/// <summary>The Notification service on its own fresh database and virtual host.</summary>
public sealed class NotificationHost : IAsyncDisposable
{
    public const string StaffAddress = "wbs-staf@banjarnegara.test";

    private NotificationHost(ServiceFactory<Program> factory, string pickupDirectory)
    {
        Factory = factory;
        PickupDirectory = pickupDirectory;
        Client = factory.CreateClient();
        Bus = factory.Services.GetRequiredService<IBus>();
        Bus.ConnectConsumeObserver(Consumed);
    }

    public ServiceFactory<Program> Factory { get; }
    public TestTokens Tokens { get; } = Shared;
    public HttpClient Client { get; }
    public IBus Bus { get; }
    public ConsumeCounter Consumed { get; } = new();
    public string PickupDirectory { get; }

    private static readonly TestTokens Shared = new();

    /// <param name="extra">Settings that replace the defaults (e.g. <c>Notification:Mail:PerRecipientPerMinute</c>).</param>
    public static async Task<NotificationHost> StartAsync(InfrastructureFixture infra, Dictionary<string, string?>? extra = null)
    {
        var pickup = Path.Combine(Path.GetTempPath(), "wbs-notification-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:notificationdb"] = await infra.CreateDatabaseAsync("notification"),
            ["ConnectionStrings:messaging"] = await infra.CreateVirtualHostAsync(),
            ["Auth:Jwks"] = Shared.Jwks,
            ["Notification:PickupDirectory"] = pickup,
            ["Notification:StaffInbox:banjarnegara"] = StaffAddress,
            ["Notification:PublicBaseUrl"] = "http://wbs.test",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }
        // The bus must be listening before the test publishes, or the first messages find no queue.
        var factory = new ServiceFactory<Program>(settings,
            services => services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true));
        return new NotificationHost(factory, pickup);
    }

    public Task PublishAsync<T>(T message, Guid messageId) where T : class =>
        Bus.Publish(message, ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);

    public Task WaitHandledAsync(Guid messageId, int times = 1) =>
        Eventually.TrueAsync(() => Task.FromResult(Consumed.Handled(messageId) >= times), what: $"message {messageId} handled {times}x");

    public async Task<T> QueryAsync<T>(Func<NotificationDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationDbContext>());
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? token)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }

    public string CodeToken(Guid complaintId, string trackingNumber, string tenant = "banjarnegara") =>
        Tokens.Issue(tenant, "code", complaintId, complaintId: complaintId, trackingNumber: trackingNumber);

    public string AccountToken(Guid accountId, string tenant = "banjarnegara") => Tokens.Issue(tenant, "account", accountId);

    public async Task<NotificationList> ListAsync(string token, string tenant = "banjarnegara")
    {
        using var request = Request(HttpMethod.Get, $"/api/{tenant}/notifications", token);
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<NotificationList>(TestContext.Current.CancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        if (Directory.Exists(PickupDirectory))
        {
            Directory.Delete(PickupDirectory, recursive: true);
        }
    }
}
