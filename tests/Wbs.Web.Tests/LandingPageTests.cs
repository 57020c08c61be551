using Microsoft.AspNetCore.Mvc.Testing;

namespace Wbs.Web.Tests;

public sealed class LandingPageTests : IAsyncLifetime
{
    private ProfileStub _intake = null!;
    private ServiceFactory<Program> _web = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _intake = await ProfileStub.StartAsync();
        _web = new ServiceFactory<Program>(new Dictionary<string, string?> { ["services:intake:http:0"] = _intake.BaseAddress.ToString() });
        _client = _web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _web.DisposeAsync();
        await _intake.DisposeAsync();
    }

    [Fact]
    public async Task TenantPage_RendersProfileFetchedFromIntake()
    {
        using var response = await _client.GetAsync("/banjarnegara", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"id\">", html);
        Assert.Contains(ProfileStub.Name, html);
        Assert.Contains(ProfileStub.Address, html);
        Assert.Contains($"href=\"mailto:{ProfileStub.Email}\"", html);
        Assert.Contains(ProfileStub.Phone, html);
        Assert.Contains(ProfileStub.LegalBasis, html);
        Assert.Contains("<strong>21 hari</strong>", html);
        Assert.Contains("Korupsi uji", html);
        Assert.Contains("Pertanyaan uji?", html);
        Assert.Contains("Bagaimana", html);
        // Profile text is encoded, never trusted as markup.
        Assert.Contains("&lt;b&gt;tidak&lt;/b&gt;", html);
        Assert.True(_intake.Requests >= 1);
    }

    [Fact]
    public async Task UnknownTenant_Answers404Page()
    {
        using var response = await _client.GetAsync("/atlantis", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Halaman tidak ditemukan", html);
    }

    [Fact]
    public async Task Home_ListsEveryTenantWithLinks()
    {
        var html = await _client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/banjarnegara\"", html);
        Assert.Contains("href=\"/komdigi\"", html);
        Assert.Contains("Kementerian Komunikasi dan Digital", html);
    }

    [Theory]
    [InlineData("/img/banjarnegara.svg", "image/svg+xml")]
    [InlineData("/img/komdigi.svg", "image/svg+xml")]
    [InlineData("/css/site.css", "text/css")]
    public async Task StaticAssets_AreServedLocally(string path, string mediaType)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_ReferenceNoExternalResources()
    {
        var html = await _client.GetStringAsync("/banjarnegara", TestContext.Current.CancellationToken);
        var css = await _client.GetStringAsync("/css/site.css", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("url(", css);
        Assert.DoesNotContain("@import", css);
    }
}
