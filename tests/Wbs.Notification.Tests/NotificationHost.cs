namespace Wbs.Notification.Tests;

/// <summary>The Notification service on its own fresh database and virtual host, its mail dropped in a pickup folder.</summary>
public sealed class NotificationHost : ServiceHost<Program>
{
    public const string StaffAddress = "wbs-staf@banjarnegara.test";

    private static readonly TestTokens Shared = new();

    // The bus must be listening before the test publishes, or the first messages find no queue.
    private NotificationHost(ServiceSettings settings) : base(settings, Shared, waitForBus: true) => Client = CreateClient();

    public HttpClient Client { get; }
    public IBus Bus => Services.GetRequiredService<IBus>();
    public string PickupDirectory => Settings["Notification:PickupDirectory"]!;

    /// <param name="extra">Settings that replace the defaults (e.g. <c>Notification:Mail:PerRecipientPerMinute</c>).</param>
    public static async Task<NotificationHost> StartAsync(InfrastructureFixture infra, Dictionary<string, string?>? extra = null)
    {
        var settings = await ServiceSettings.FreshAsync(infra, "notificationdb", Shared);
        settings["Notification:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "wbs-notification-tests", Guid.NewGuid().ToString("N"));
        settings["Notification:StaffInbox:banjarnegara"] = StaffAddress;
        settings["Notification:PublicBaseUrl"] = "http://wbs.test";
        return new NotificationHost(settings.Merge(extra));
    }

    public Task PublishAsync<T>(T message, Guid messageId) where T : class =>
        Bus.Publish(message, ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);

    public Task<T> WithDbAsync<T>(Func<NotificationDbContext, Task<T>> query) => WithServiceAsync(query);

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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(PickupDirectory))
        {
            Directory.Delete(PickupDirectory, recursive: true);
        }
    }
}
