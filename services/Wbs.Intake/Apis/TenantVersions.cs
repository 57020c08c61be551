using Microsoft.Net.Http.Headers;

namespace Wbs.Intake.Apis;

/// <summary>
/// Optimistic concurrency for tenant edits: answers carry the profile's version as an <c>ETag</c>, and a
/// <c>PUT</c> with <c>If-Match</c> saves only over that version; otherwise 409 and nothing changes.
/// </summary>
public static class TenantVersions
{
    public static void Tag(HttpResponse response, long version) => response.Headers.ETag = Of(version).ToString();

    /// <returns>False when <c>If-Match</c> is there but names no version; <paramref name="version"/> is null without one (or for <c>*</c>).</returns>
    public static bool TryReadIfMatch(HttpRequest request, out long? version)
    {
        version = null;
        var tags = request.GetTypedHeaders().IfMatch;
        if (tags.Count == 0)
        {
            return string.IsNullOrWhiteSpace(request.Headers.IfMatch);
        }
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return true;
        }
        if (tags.Count == 1 && !tags[0].IsWeak && long.TryParse(tags[0].Tag.AsSpan().Trim('"'), out var parsed))
        {
            version = parsed;
            return true;
        }
        return false;
    }

    public static ProblemHttpResult BadIfMatch() =>
        Problems.BadRequest("If-Match harus berisi satu versi profil, mis. \"3\". / If-Match must name one profile version, e.g. \"3\".");

    /// <summary>The answer to an edit: 200 with the new version as ETag, 404 for an unknown agency, 409 when another edit came first.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Answer<T>(TenantUpdate update, HttpResponse response, Func<TenantProfile, T> body) =>
        update switch
        {
            TenantUpdate.Changed changed => Tagged(response, changed.Tenant, body),
            TenantUpdate.Stale stale => Problems.Conflict(
                "Profil ini sudah diubah orang lain sejak Anda membukanya; perubahan Anda belum disimpan. Muat versi terbaru lalu terapkan lagi. "
                + "/ Someone else changed this profile since you opened it; your changes were not saved. Load the latest version and apply them again.",
                new Dictionary<string, object?> { ["currentVersion"] = stale.CurrentVersion }),
            _ => Problems.NotFound("Instansi tidak dikenal. / Unknown agency."),
        };

    private static Ok<T> Tagged<T>(HttpResponse response, TenantProfile tenant, Func<TenantProfile, T> body)
    {
        Tag(response, tenant.Version);
        return TypedResults.Ok(body(tenant));
    }

    private static EntityTagHeaderValue Of(long version) => new($"\"{version}\"");
}
