using EmissionsDao.Core.Documents;
using EmissionsDao.Web.Tests.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace EmissionsDao.Web.Tests;

public sealed class DocumentEncryptionStartupTests
{
    private const string Requester = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    [Fact]
    public async Task Embedded_default_generates_the_master_key_once_into_the_data_directory()
    {
        await using var portal = new PortalApiFactory();
        portal.CreateClient().Dispose();

        var keyFile = DocumentMasterKeyFile.PathIn(portal.DataDirectory);
        Assert.True(File.Exists(keyFile));
        var encryptor = portal.Services.GetRequiredService<DocumentEncryptor>();
        var document = encryptor.Encrypt("date,kwh\n2026-01-31,1200\n"u8, DocumentContentTypes.Csv, [Requester]);
        var sameKey = new DocumentEncryptor(Convert.FromBase64String(await File.ReadAllTextAsync(keyFile)));
        Assert.Equal("date,kwh\n2026-01-31,1200\n"u8.ToArray(), sameKey.Decrypt(document, Requester));
    }
}
