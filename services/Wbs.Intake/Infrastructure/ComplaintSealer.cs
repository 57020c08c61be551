using System.Text;
using System.Text.Json;

namespace Wbs.Intake.Infrastructure;

/// <summary>
/// Seals report content and identities with envelope encryption before they reach the database.
/// The associated data names the record and the purpose, so a ciphertext moved to another row
/// or column does not open. Content and identities are sealed under keys of their own purpose.
/// </summary>
public sealed class ComplaintSealer(
    [FromKeyedServices(KeyPurposes.Content)] EnvelopeCipher content, [FromKeyedServices(KeyPurposes.Identity)] EnvelopeCipher identity)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public byte[] Seal<T>(T value, string tenant, Guid recordId, string purpose) => SealWith(CipherFor(purpose), value, tenant, recordId, purpose);

    public T Open<T>(byte[] sealedValue, string tenant, Guid recordId, string purpose) => OpenWith<T>(CipherFor(purpose), sealedValue, tenant, recordId, purpose);

    /// <summary>Seals under a cipher the caller holds, not one of the service's (an idempotent answer: <see cref="IdempotencyKeys"/>).</summary>
    public static byte[] SealWith<T>(EnvelopeCipher cipher, T value, string tenant, Guid recordId, string purpose) =>
        cipher.Seal(JsonSerializer.SerializeToUtf8Bytes(value, Json), Aad(tenant, recordId, purpose));

    public static T OpenWith<T>(EnvelopeCipher cipher, byte[] sealedValue, string tenant, Guid recordId, string purpose) =>
        JsonSerializer.Deserialize<T>(cipher.Open(sealedValue, Aad(tenant, recordId, purpose)), Json)
        ?? throw new InvalidOperationException("Sealed value is empty.");

    public ReportContent OpenContent(Complaint c) =>
        OpenContent(Present(c.SealedContent), c.Tenant, c.Id);

    /// <summary>A report's content from its sealed column alone (a query that reads no whole row).</summary>
    public ReportContent OpenContent(byte[] sealedContent, string tenant, Guid complaintId) =>
        Open<ReportContent>(sealedContent, tenant, complaintId, Purposes.Content);

    public byte[] SealTitle(string title, string tenant, Guid complaintId) =>
        content.Seal(Encoding.UTF8.GetBytes(title), Aad(tenant, complaintId, Purposes.Title));

    public string OpenTitle(byte[] sealedTitle, string tenant, Guid complaintId) =>
        Encoding.UTF8.GetString(content.Open(sealedTitle, Aad(tenant, complaintId, Purposes.Title)));

    public string Title(Complaint c) => Title(c.SealedTitle, c.SealedContent, c.Tenant, c.Id);

    /// <summary>A report's title: from its own sealed column, or from the content for a report sealed before that column.</summary>
    public string Title(byte[]? sealedTitle, byte[]? sealedContent, string tenant, Guid complaintId) =>
        sealedTitle is not null
            ? OpenTitle(sealedTitle, tenant, complaintId)
            : OpenContent(Present(sealedContent), tenant, complaintId).Title;

    /// <returns>The sealed identity, or null when neither a name nor a contact is given.</returns>
    public byte[]? SealIdentity(string? name, string? contact, string tenant, Guid complaintId)
    {
        var identity = new ReporterIdentity(Clean(name), Clean(contact));
        return identity is { Name: null, Contact: null } ? null : Seal(identity, tenant, complaintId, Purposes.Identity);
    }

    public ReporterIdentity? OpenIdentity(Complaint c) =>
        c.SealedIdentity is null ? null : Open<ReporterIdentity>(c.SealedIdentity, c.Tenant, c.Id, Purposes.Identity);

    private EnvelopeCipher CipherFor(string purpose) => purpose == Purposes.Identity ? identity : content;

    private static byte[] Present(byte[]? sealedContent) =>
        sealedContent ?? throw new InvalidOperationException("The report's content was destroyed.");

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static byte[] Aad(string tenant, Guid recordId, string purpose) => Encoding.UTF8.GetBytes($"{tenant}/{recordId:N}/{purpose}");

    public static class Purposes
    {
        public const string Content = "content";
        public const string Title = "title";
        public const string Identity = "identity";
        public const string IdempotentAnswer = "idempotent-answer";
    }
}
