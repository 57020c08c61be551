using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// Blobs as objects in an S3-compatible bucket (AWS, MinIO, Ceph, …). A blob is spooled to a (sealed)
/// scratch file first: a single PUT wants its length up front.
/// </summary>
public sealed class S3BlobStore(IAmazonS3 s3, string bucket, ScratchFiles scratch) : IBlobStore
{
    public async Task WriteAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        await using var spool = scratch.Create();
        await write(spool, cancellationToken);
        spool.Position = 0;
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = spool,
            AutoCloseStream = false,
            ContentType = "application/octet-stream",
        }, cancellationToken);
    }

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await s3.GetObjectAsync(bucket, key, cancellationToken);
            return new OwningStream(response.ResponseStream, response);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new BlobNotFoundException(key);
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        await s3.DeleteObjectAsync(bucket, key, cancellationToken);
}
