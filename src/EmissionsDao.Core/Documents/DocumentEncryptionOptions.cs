using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Core.Documents;

/// <summary>Read from the "Documents" section.</summary>
public sealed class DocumentEncryptionOptions
{
    public const string SectionName = "Documents";
    public const long DefaultMaxSizeBytes = 20L * 1024 * 1024;

    /// <summary>
    /// Base64 of the 32-byte master key (KEK) that wraps every document key. Empty: a key generated once into
    /// <c>keys/document-master.key</c> in the data directory (the embedded default). Losing it makes every stored
    /// document unreadable: back it up with the database.
    /// </summary>
    public string? MasterKey { get; set; }

    /// <summary>Where <see cref="MasterKey"/> came from, for messages: the configuration key or the key file.</summary>
    public string MasterKeySource { get; set; } = $"{SectionName}:MasterKey";

    public long MaxSizeBytes { get; set; } = DefaultMaxSizeBytes;

    public byte[] MasterKeyBytes() => Convert.FromBase64String(MasterKey!.Trim());
}

internal sealed class DocumentEncryptionOptionsValidator : IValidateOptions<DocumentEncryptionOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentEncryptionOptions options)
    {
        var failures = new List<string>();
        if (!IsBase64Key(options.MasterKey))
        {
            failures.Add($"{options.MasterKeySource} must be the base64 of a {DocumentEncryptor.MasterKeySize}-byte key (e.g. openssl rand -base64 32)");
        }

        if (options.MaxSizeBytes is <= 0 or > 512L * 1024 * 1024)
        {
            failures.Add($"{DocumentEncryptionOptions.SectionName}:MaxSizeBytes must be between 1 and 536870912 bytes");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsBase64Key(string? value)
    {
        var buffer = new byte[DocumentEncryptor.MasterKeySize + 3];
        return value is not null && Convert.TryFromBase64String(value.Trim(), buffer, out var length) && length == DocumentEncryptor.MasterKeySize;
    }
}

/// <summary>The embedded default's master key: generated once into the data directory, then read from there.</summary>
public static class DocumentMasterKeyFile
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "keys", "document-master.key");

    public static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(DocumentEncryptor.MasterKeySize));
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, fileOptions);
            writer.Write(key);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another portal process created it first: use that one.
            return File.ReadAllText(path).Trim();
        }
    }
}
