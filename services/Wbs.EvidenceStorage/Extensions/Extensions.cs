using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Options;
using Wbs.EvidenceStorage.Consumers;
using Wbs.ServiceDefaults.Data;
using Wbs.ServiceDefaults.Problems;
using Wbs.ServiceDefaults.Security;

namespace Wbs.EvidenceStorage.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddWbsSecurity(KeyPurposes.Evidence);
        builder.Services.AddSealedColumn<EvidenceDbContext, EvidenceFile>(KeyPurposes.Evidence, f => f.WrappedKey)
            .AddSealedColumn<EvidenceDbContext, EvidenceFile>(KeyPurposes.Evidence, f => f.SealedFileName);
        builder.AddWbsAuthentication();
        builder.AddWbsDbContext<EvidenceDbContext>("evidencedb");
        builder.AddWbsMessaging(bus =>
        {
            bus.AddInboxConsumer<ComplaintSubmittedConsumer, EvidenceDbContext>();
            bus.AddInboxConsumer<CaseContentExpiredConsumer, EvidenceDbContext>();
        });
        builder.AddOutboxDispatcher<EvidenceDbContext>();

        builder.Services.AddValidatedOptions<EvidenceOptions>(EvidenceOptions.Section);
        var contentRoot = builder.Environment.ContentRootPath;
        // Made now, owner-only, before anything could write to it: the one setting read while wiring.
        builder.Services.AddSingleton(new ScratchFiles(builder.Configuration[$"{EvidenceOptions.Section}:{nameof(EvidenceOptions.TempPath)}"] is { Length: > 0 } temp
            ? Path.GetFullPath(temp, contentRoot)
            : Path.Combine(Path.GetTempPath(), "wbs-evidence")));
        builder.AddBlobStore(contentRoot);

        builder.Services.AddSingleton<EvidenceNames>();
        builder.Services.AddSingleton<FileNameSealing>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FileNameSealing>());
        builder.Services.AddScoped<EvidenceVault>();
        builder.Services.AddScoped<EvidenceAcceptor>();
        builder.Services.AddScoped<EvidenceAttacher>();
        builder.Services.AddScoped<EvidenceCopier>();
        builder.Services.AddScoped<EvidenceExpiry>();
        builder.Services.AddHostedService<UnattachedEvidenceSweeper>();
        // In memory on purpose: an upload's scratch key must never leave this process (see ResumableUploads).
        builder.Services.AddSingleton<ResumableUploads>();
        builder.Services.AddHostedService<ResumableUploadSweeper>();
        builder.Services.AddPeerClient<ICaseAccessClient, HttpCaseAccessClient>(ServiceIdentity.Services.CaseManagement);
        builder.Services.AddSingleton<IValidator<CheckEvidenceRequest>, CheckEvidenceRequestValidator>();
        builder.Services.AddSingleton<IValidator<AttachEvidenceRequest>, AttachEvidenceRequestValidator>();
        builder.Services.AddSingleton<IValidator<ComplaintEvidenceRequest>, ComplaintEvidenceRequestValidator>();
        builder.Services.AddSingleton<IValidator<CopyEvidenceRequest>, CopyEvidenceRequestValidator>();
        return builder;
    }

    // The store is chosen when first needed; ValidateOnStart has already refused an unknown one.
    private static void AddBlobStore(this IHostApplicationBuilder builder, string contentRoot)
    {
        builder.Services.AddSingleton<IAmazonS3>(sp => CreateS3Client(Evidence(sp).S3));
        builder.Services.AddSingleton<IBlobStore>(sp =>
        {
            var options = Evidence(sp);
            return options.Store.Equals("s3", StringComparison.OrdinalIgnoreCase)
                ? new S3BlobStore(sp.GetRequiredService<IAmazonS3>(), options.S3.Bucket, sp.GetRequiredService<ScratchFiles>())
                : new LocalBlobStore(Path.GetFullPath(options.StoragePath, contentRoot));
        });
    }

    private static EvidenceOptions Evidence(IServiceProvider services) => services.GetRequiredService<IOptions<EvidenceOptions>>().Value;

    private static AmazonS3Client CreateS3Client(EvidenceOptions.S3Options s3)
    {
        var config = new AmazonS3Config { ForcePathStyle = s3.ForcePathStyle };
        if (s3.ServiceUrl is { Length: > 0 } url)
        {
            config.ServiceURL = url;
        }
        if (s3.Region is { Length: > 0 } region)
        {
            config.AuthenticationRegion = region;
            if (s3.ServiceUrl is not { Length: > 0 })
            {
                config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region);
            }
        }
        return s3.AccessKey is { Length: > 0 } && s3.SecretKey is { Length: > 0 }
            ? new AmazonS3Client(new BasicAWSCredentials(s3.AccessKey, s3.SecretKey), config)
            : new AmazonS3Client(config);
    }
}
