using Wbs.ServiceDefaults.IO;

namespace Wbs.EvidenceStorage.Model;

/// <summary>Counts bytes read from decompression streams and fails once a package expands too far.</summary>
internal sealed class ExpansionBudget(long maxBytes)
{
    private long _used;

    public Stream Wrap(Stream inner) => new CountingStream(inner, this);

    private void Spend(int bytes)
    {
        _used += bytes;
        if (_used > maxBytes)
        {
            throw new InvalidEvidenceException("The package expands beyond the allowed size.");
        }
    }

    private sealed class CountingStream(Stream inner, ExpansionBudget budget) : ReadOnlyViewStream(inner)
    {
        protected override int AfterRead(int read)
        {
            budget.Spend(read);
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
