namespace Wbs.Web.Infrastructure.Forms;

/// <summary>One file part while it streams: read <see cref="Content"/> once, before the next part is read.</summary>
/// <param name="FieldsBefore">The text fields above the file in the form (its proof of work, for one), read so far.</param>
public sealed record FormFile(string FieldName, string FileName, string? ContentType, Stream Content, StreamedForm FieldsBefore);
