namespace Wbs.Web.Infrastructure.Api;

/// <summary>Notification (<c>http://notification</c>): the reporter's in-app inbox.</summary>
public sealed class NotificationClient(HttpClient http, ILogger<NotificationClient> logger) : ServiceClient(http, logger)
{
    public Task<ApiResult<NotificationList>> ListAsync(string tenant, CancellationToken cancellationToken) =>
        GetAsync<NotificationList>($"/api/{Segment(tenant)}/notifications", cancellationToken);

    public Task<ApiResult<NoContent>> MarkReadAsync(string tenant, Guid id, CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/notifications/{id}/read", new { }, cancellationToken);
}
