using Wbs.ServiceDefaults.IO;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>A read-only stream that also disposes the object it came from (e.g. an HTTP response).</summary>
internal sealed class OwningStream(Stream inner, IDisposable owner) : ReadOnlyViewStream(inner)
{
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
            owner.Dispose();
        }
        base.Dispose(disposing);
    }
}
