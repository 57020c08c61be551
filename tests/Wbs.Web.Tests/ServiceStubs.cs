using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wbs.TestSupport;

namespace Wbs.Web.Tests;

/// <summary>
/// A real Kestrel stand-in for EvidenceStorage's upload and Intake's submission, recording what the
/// web app sent, for page-level tests of the web app's own behaviour (streaming, idempotency keys, errors).
/// </summary>
public sealed class ServiceStubs : IAsyncDisposable
{
    private LoopbackServer _server = null!;

    public Uri BaseAddress => _server.Address;

    public ConcurrentQueue<(string FileName, string ContentType, byte[] Bytes)> Uploads { get; } = new();

    public ConcurrentQueue<(string? IdempotencyKey, string Body)> Submissions { get; } = new();

    /// <summary>Account sign-ins Identity's stand-in received, with the <c>Proof-Of-Work</c> header each carried.</summary>
    public ConcurrentQueue<(string Body, string? Proof)> SignIns { get; } = new();

    /// <summary>A file whose name holds this is refused 413 by the EvidenceStorage stand-in, as a file over the tenant's limit.</summary>
    public const string TooLargeName = "terlalu-besar";

    /// <summary>A report whose "what" is this is refused by the Intake stand-in for its evidence, as Intake refuses an unknown file.</summary>
    public const string UnknownEvidenceText = "Laporan dengan bukti yang tidak dikenal Intake.";

    /// <summary>The challenge the stand-in asks (as Identity does after failures) for the username <c>diminta.bukti</c>.</summary>
    public const string StubChallenge = "stub-challenge";

    public static async Task<ServiceStubs> StartAsync()
    {
        var stubs = new ServiceStubs();
        stubs._server = await LoopbackServer.StartAsync(app => Map(app, stubs));
        return stubs;
    }

    private static void Map(WebApplication app, ServiceStubs stubs)
    {
        app.MapPost("/api/{tenant}/evidence", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var file = form.Files["file"]!;
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy);
            stubs.Uploads.Enqueue((file.FileName, file.ContentType, copy.ToArray()));
            if (file.FileName.EndsWith(".exe", StringComparison.Ordinal))
            {
                return Results.Problem(statusCode: 415, detail: "Jenis berkas tidak diizinkan. / File type not allowed.");
            }
            if (file.FileName.Contains(TooLargeName, StringComparison.Ordinal))
            {
                return Results.Problem(statusCode: 413, detail: "Berkas melebihi batas 25 MB. / The file exceeds the 25 MB limit.");
            }
            return Results.Json(new
            {
                evidenceId = Guid.NewGuid(), fileName = file.FileName, contentType = file.ContentType, size = copy.Length,
                sha256 = "00", metadataRemoved = new[] { "lokasi GPS" }, metadataRemovedEn = new[] { "GPS location" },
            }, statusCode: 201);
        });
        app.MapPost("/api/{tenant}/complaints", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            stubs.Submissions.Enqueue((request.Headers["Idempotency-Key"].FirstOrDefault(), body));
            if (body.Contains("\"what\":\"pendek\"", StringComparison.Ordinal))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["what"] = ["Minimal 20 karakter. / At least 20 characters."] });
            }
            if (body.Contains(UnknownEvidenceText, StringComparison.Ordinal))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["evidenceIds"] = ["Bukti tidak dikenal atau sudah terlampir. / Unknown or already attached evidence."],
                });
            }
            return Results.Json(new
            {
                complaintId = Guid.NewGuid(), trackingNumber = "WBS-2026-000777", complaintCode = "ABCD-EFGH-JKLM-NPQR-ST",
                submittedAt = DateTimeOffset.UtcNow, responseDueAt = DateTimeOffset.UtcNow.AddDays(30),
                completeness = new { what = true, where = false, when = false, who = false, how = false },
            }, statusCode: 201);
        });
        app.MapGet("/api/{tenant}/profile", () => Results.Problem(statusCode: 503));
        var tokens = new TestTokens();
        app.MapPost("/api/{tenant}/sessions", async (HttpRequest request, string tenant) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            var proof = request.Headers[ProofOfWorkSolver.Header].FirstOrDefault();
            stubs.SignIns.Enqueue((body, proof));
            if (body.Contains("diminta.bukti", StringComparison.Ordinal)
                && (proof is null || !proof.StartsWith(StubChallenge + ".", StringComparison.Ordinal) || ProofOfWorkSolver.Solve(StubChallenge, 8) != proof))
            {
                return Results.Problem(statusCode: 428, detail: "Proof-Of-Work header required.",
                    extensions: new Dictionary<string, object?> { ["challenge"] = StubChallenge, ["difficulty"] = 8, ["algorithm"] = "sha256" });
            }
            return Results.Json(new { accessToken = tokens.Issue(tenant, "account", Guid.NewGuid()), tokenType = "Bearer", expiresIn = 900, kind = "account" });
        });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
