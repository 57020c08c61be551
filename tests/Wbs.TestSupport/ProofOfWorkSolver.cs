using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Wbs.TestSupport;

/// <summary>
/// A client of API.md "Proof of work (v1.1)", written from the contract and not from the server's
/// code: on 428 it reads <c>{challenge, difficulty, algorithm}</c>, finds a nonce and repeats the
/// request with <c>Proof-Of-Work: challenge.nonce</c>.
/// </summary>
public static class ProofOfWorkSolver
{
    public const string Header = "Proof-Of-Work";

    /// <returns>The header value: <c>challenge.nonce</c> whose SHA-256 starts with <paramref name="difficulty"/> zero bits.</returns>
    public static string Solve(string challenge, int difficulty) =>
        Solve(challenge, difficulty, nonce => nonce.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <param name="nonceText">How the n-th candidate nonce is written (decimal, base64url, …).</param>
    public static string Solve(string challenge, int difficulty, Func<long, string> nonceText)
    {
        for (var nonce = 0L; ; nonce++)
        {
            var value = $"{challenge}.{nonceText(nonce)}";
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
            var zeros = 0;
            while (zeros < difficulty && (hash[zeros / 8] & (0x80 >> (zeros % 8))) == 0)
            {
                zeros++;
            }
            if (zeros >= difficulty)
            {
                return value;
            }
        }
    }

    /// <summary>Reads a 428 answer's challenge and solves it.</summary>
    public static async Task<(string Header, int Difficulty)> SolveAnswerAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        if (root.GetProperty("algorithm").GetString() != "sha256")
        {
            throw new InvalidOperationException("Unexpected proof-of-work algorithm.");
        }
        var difficulty = root.GetProperty("difficulty").GetInt32();
        return (Solve(root.GetProperty("challenge").GetString()!, difficulty), difficulty);
    }

    /// <summary>Sends a request made by <paramref name="build"/>; answers each 428 (up to three) by solving it and sending again.</summary>
    /// <param name="throttledFamily">
    /// For a write whose family is throttled (429) instead of challenged (staff sign-in, <c>staff-sessions</c>): each 429
    /// is answered too, by a challenge of that family handed out ahead and solved (<see cref="SolveAheadAsync"/>).
    /// </param>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, Func<HttpRequestMessage> build, CancellationToken cancellationToken,
        string? throttledFamily = null)
    {
        string? proof = null;
        for (var round = 0; ; round++)
        {
            using var request = build();
            if (proof is not null)
            {
                request.Headers.TryAddWithoutValidation(Header, proof);
            }
            var response = await client.SendAsync(request, cancellationToken);
            var throttled = response.StatusCode == HttpStatusCode.TooManyRequests && throttledFamily is not null;
            if (!(response.StatusCode == HttpStatusCode.PreconditionRequired || throttled) || round == 3)
            {
                return response;
            }
            proof = throttled
                ? await SolveAheadAsync(client, TenantOf(request.RequestUri!), throttledFamily!, cancellationToken)
                : (await SolveAnswerAsync(response)).Header;
            response.Dispose();
        }
    }

    /// <summary>The <c>{tenant}</c> of an <c>/api/{tenant}/…</c> request (made absolute once sent).</summary>
    private static string TenantOf(Uri uri) =>
        (uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString).Split('/', StringSplitOptions.RemoveEmptyEntries)[1];

    /// <summary>A challenge handed out ahead (<c>GET /api/{tenant}/challenges?for={family}</c>), solved: the header value.</summary>
    public static async Task<string> SolveAheadAsync(HttpClient client, string tenant, string family, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync($"/api/{tenant}/challenges?for={family}", cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return Solve(body.RootElement.GetProperty("challenge").GetString()!, body.RootElement.GetProperty("difficulty").GetInt32());
    }

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, object body, CancellationToken cancellationToken) =>
        SendAsync(client, () => new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) }, cancellationToken);
}
