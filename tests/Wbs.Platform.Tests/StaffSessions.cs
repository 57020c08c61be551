using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Identity.Infrastructure;
using Wbs.Identity.Model;
using Wbs.TestSupport;

namespace Wbs.Platform.Tests;

/// <summary>Enrols staff users directly in Identity's store and signs them in through its API, TOTP included.</summary>
public static class StaffSessions
{
    public sealed record Staff(Guid Id, string Tenant, string Username, string Password, byte[] Secret);

    public static async Task<Staff> CreateAsync(this PlatformHost platform, string tenant, string[] roles, bool mustChangePassword = false)
    {
        var username = $"staf.{Guid.NewGuid():N}"[..20];
        var password = "Sandi-Staf-" + Guid.NewGuid().ToString("N")[..10];
        var secret = Totp.NewSecret();
        await using var scope = platform.IdentityServices.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<StaffDirectory>()
            .CreateAsync(tenant, Guid.CreateVersion7(), username, password, secret, roles, mustChangePassword, default);
        return new Staff(user!.Id, tenant, username, password, secret);
    }

    /// <summary>A staff token, signed in with a TOTP step this user has not spent yet (<see cref="TotpSteps"/>).</summary>
    public static async Task<string> SignInAsync(this PlatformHost platform, Staff staff)
    {
        var step = await TotpSteps.ReserveAsync(staff.Tenant, staff.Username);
        var totp = Totp.Compute(staff.Secret, step);
        using var response = await platform.Identity.PostAsJsonAsync($"/api/{staff.Tenant}/staff/sessions",
            new { staff.Username, staff.Password, totp });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static async Task<string> AccountTokenAsync(this PlatformHost platform, string tenant, string username, string password)
    {
        using var response = await platform.Identity.PostAsJsonAsync($"/api/{tenant}/sessions", new { username, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static async Task<HttpResponseMessage> SendAsync(this PlatformHost platform, HttpClient client, HttpMethod method, string path,
        string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return await client.SendAsync(await platform.AsCaseManagementIfInternalAsync(request));
    }
}
