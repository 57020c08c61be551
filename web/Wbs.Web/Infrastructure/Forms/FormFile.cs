namespace Wbs.Web.Infrastructure.Forms;

/// <summary>One file part while it streams: read <see cref="Content"/> once, before the next part is read.</summary>
public sealed record FormFile(string FieldName, string FileName, string? ContentType, Stream Content);
