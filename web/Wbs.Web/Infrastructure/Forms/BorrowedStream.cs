using Wbs.ServiceDefaults.IO;

namespace Wbs.Web.Infrastructure.Forms;

/// <summary>
/// A read-only view of a multipart section that HttpClient may dispose after sending without
/// disposing the section itself: the reader still drains it to reach the next part.
/// </summary>
public sealed class BorrowedStream(Stream inner) : ReadOnlyViewStream(inner);
