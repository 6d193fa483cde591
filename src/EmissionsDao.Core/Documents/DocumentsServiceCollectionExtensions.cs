using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Core.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Document encryption: reads and validates the "Documents" section (master key from configuration, or generated
    /// once into the data directory) and registers <see cref="DocumentEncryptor"/>.
    /// </summary>
    public static IHostApplicationBuilder AddDocumentEncryption(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DocumentEncryptionOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                var section = configuration.GetSection(DocumentEncryptionOptions.SectionName);
                options.MasterKey = section[nameof(DocumentEncryptionOptions.MasterKey)];
                if (section[nameof(DocumentEncryptionOptions.MaxSizeBytes)] is { } maxSize)
                {
                    options.MaxSizeBytes = long.TryParse(maxSize, out var bytes) ? bytes : -1;
                }
            })
            .PostConfigure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
            {
                if (string.IsNullOrWhiteSpace(options.MasterKey))
                {
                    var path = DocumentMasterKeyFile.PathIn(PortalDataDirectory.Resolve(configuration, environment));
                    options.MasterKey = DocumentMasterKeyFile.LoadOrCreate(path);
                    options.MasterKeySource = $"the key file {path}";
                }
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DocumentEncryptionOptions>, DocumentEncryptionOptionsValidator>();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<DocumentEncryptionOptions>>().Value;
            return new DocumentEncryptor(options.MasterKeyBytes(), options.MaxSizeBytes);
        });
        return builder;
    }
}
