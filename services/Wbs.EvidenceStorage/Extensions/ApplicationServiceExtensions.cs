using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Options;
using Wbs.EvidenceStorage.Apis;
using Wbs.EvidenceStorage.Consumers;
using Wbs.ServiceDefaults.Data;
using Wbs.ServiceDefaults.Problems;
using Wbs.ServiceDefaults.Security;

namespace Wbs.EvidenceStorage.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddWbsSecurity();
        builder.AddWbsAuthentication();
        builder.AddWbsDbContext<EvidenceDbContext>("evidencedb");
        builder.AddWbsMessaging(bus =>
        {
            bus.AddConsumer<ComplaintSubmittedConsumer>();
            bus.AddConsumer<CaseContentExpiredConsumer>();
        });
        builder.AddOutboxDispatcher<EvidenceDbContext>();
        builder.Services.AddOpenApi();

        var section = builder.Configuration.GetSection(EvidenceOptions.Section);
        builder.Services.Configure<EvidenceOptions>(section);
        var options = section.Get<EvidenceOptions>() ?? new();
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(new ScratchFiles(options.TempPath is { Length: > 0 } temp
            ? Path.GetFullPath(temp, contentRoot)
            : Path.Combine(Path.GetTempPath(), "wbs-evidence")));
        builder.AddBlobStore(options, contentRoot);

        builder.Services.AddScoped<EvidenceVault>();
        builder.Services.AddScoped<EvidenceAttacher>();
        builder.Services.AddScoped<EvidenceExpiry>();
        builder.Services.AddHostedService<UnattachedEvidenceSweeper>();
        builder.Services.AddHttpClient<ICaseAccessClient, HttpCaseAccessClient>(c => c.BaseAddress = new("http://casemanagement/"));
        builder.Services.AddSingleton<IValidator<CheckEvidenceRequest>, CheckEvidenceRequestValidator>();
        builder.Services.AddSingleton<IValidator<AttachEvidenceRequest>, AttachEvidenceRequestValidator>();
        builder.Services.AddSingleton<IValidator<ReserveEvidenceRequest>, ReserveEvidenceRequestValidator>();
        return builder;
    }

    private static void AddBlobStore(this IHostApplicationBuilder builder, EvidenceOptions options, string contentRoot)
    {
        switch (options.Store.ToLowerInvariant())
        {
            case "local":
                builder.Services.AddSingleton<IBlobStore>(new LocalBlobStore(Path.GetFullPath(options.StoragePath, contentRoot)));
                break;
            case "s3":
                builder.Services.AddSingleton<IAmazonS3>(_ => CreateS3Client(options.S3));
                builder.Services.AddSingleton<IBlobStore>(sp => new S3BlobStore(sp.GetRequiredService<IAmazonS3>(), options.S3.Bucket));
                break;
            default:
                throw new InvalidOperationException($"Evidence:Store must be 'local' or 's3', not '{options.Store}'.");
        }
    }

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
