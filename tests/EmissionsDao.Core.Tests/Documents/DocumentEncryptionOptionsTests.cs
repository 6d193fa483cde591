using System.Security.Cryptography;
using EmissionsDao.Core.Documents;

namespace EmissionsDao.Core.Tests.Documents;

public sealed class DocumentEncryptionOptionsTests
{
    [Fact]
    public void Key_file_is_generated_once_readable_only_by_the_owner_and_reused()
    {
        var directory = Directory.CreateTempSubdirectory("emissionsdao-keys-").FullName;
        try
        {
            var path = DocumentMasterKeyFile.PathIn(directory);

            var created = DocumentMasterKeyFile.LoadOrCreate(path);
            var reused = DocumentMasterKeyFile.LoadOrCreate(path);

            Assert.Equal(created, reused);
            Assert.Equal(32, Convert.FromBase64String(created).Length);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")]
    public void A_master_key_that_is_not_32_bytes_of_base64_fails_validation(string? masterKey)
    {
        var result = new DocumentEncryptionOptionsValidator().Validate(null, new DocumentEncryptionOptions { MasterKey = masterKey });

        Assert.True(result.Failed);
        Assert.Contains("Documents:MasterKey must be the base64 of a 32-byte key", result.FailureMessage);
    }

    [Fact]
    public void A_32_byte_base64_key_and_a_sane_size_limit_pass()
    {
        var options = new DocumentEncryptionOptions { MasterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };

        Assert.True(new DocumentEncryptionOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(new DocumentEncryptionOptionsValidator().Validate(null, new DocumentEncryptionOptions { MasterKey = options.MasterKey, MaxSizeBytes = -1 }).Failed);
    }
}
