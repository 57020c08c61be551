namespace Wbs.Web.Tests;

/// <summary>
/// The web app through the gateway with a cookie jar and plain form posts (antiforgery token
/// included), for journeys where a rendering browser adds nothing. Redirects are not followed, so
/// tests see each 303 and where it leads; <see cref="FollowAsync"/> follows them like a browser.
/// </summary>
public sealed class Portal : IDisposable
{
    private readonly HttpClient _http;

    public Portal(AppHostFixture system)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        _http = new HttpClient(handler) { BaseAddress = new Uri(system.GatewayUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task<PortalPage> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        return await ReadAsync(path, response);
    }

    /// <summary>GET, following redirects within the site as a browser does.</summary>
    public async Task<PortalPage> FollowAsync(string path)
    {
        var page = await GetAsync(path);
        for (var hops = 0; hops < 5 && page.Location is { } next; hops++)
        {
            page = await GetAsync(next);
        }
        return page;
    }

    /// <summary>Opens the form's page for its antiforgery token, then posts the fields to it (to a named handler if given).</summary>
    public async Task<PortalPage> SubmitAsync(string formPath, IReadOnlyDictionary<string, string> fields, string? handler = null)
    {
        var form = await GetAsync(formPath);
        Assert.True(form.Status == HttpStatusCode.OK, $"GET {formPath}: {(int)form.Status} {form.Location}");
        var token = form.FormToken ?? throw new InvalidOperationException($"{formPath} has no form token.");
        var target = handler is null ? formPath : $"{formPath}{(formPath.Contains('?') ? '&' : '?')}handler={handler}";
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        using var response = await _http.PostAsync(target, content);
        return await ReadAsync(target, response);
    }

    /// <summary>
    /// Opens the form's page, then posts it as multipart, the antiforgery token first (streamed forms
    /// check it before reading any file), then the fields, then the files.
    /// </summary>
    public async Task<PortalPage> SubmitMultipartAsync(string formPath, IReadOnlyDictionary<string, string> fields,
        params (string Field, string FileName, string ContentType, byte[] Bytes)[] files)
    {
        var form = await GetAsync(formPath);
        Assert.True(form.Status == HttpStatusCode.OK, $"GET {formPath}: {(int)form.Status} {form.Location}");
        using var content = new MultipartFormDataContent { { new StringContent(form.FormToken!), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var (field, fileName, contentType, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            content.Add(part, field, fileName);
        }
        using var response = await _http.PostAsync(formPath, content);
        return await ReadAsync(formPath, response);
    }

    /// <summary>Staff sign-in with password and a fresh TOTP code; returns the answer (303 on success).</summary>
    public async Task<PortalPage> StaffSignInAsync(DevStaff staff, string? password = null)
    {
        using var held = await TotpSteps.HoldAsync(staff.Tenant, staff.Username);
        return await SubmitAsync($"/{staff.Tenant}/staff/login", new Dictionary<string, string>
        {
            ["username"] = staff.Username, ["password"] = password ?? staff.Password, ["totp"] = await TotpSteps.NextCodeAsync(staff),
        });
    }

    private static async Task<PortalPage> ReadAsync(string path, HttpResponseMessage response) =>
        new(response.StatusCode, path, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers, response.Headers);

    public void Dispose() => _http.Dispose();
}
