namespace Wbs.Web.Pages.Reporter;

/// <summary>The resumable upload's progress bar on a form (see <c>_UploadProgress.cshtml</c>).</summary>
/// <param name="MaxFiles">How many files the form's list may hold.</param>
/// <param name="SubmitWhenDone">Post the form once the file is in (a report's later evidence), instead of listing it in a draft.</param>
public sealed record UploadProgressView(int MaxFiles, bool SubmitWhenDone);
