using System.Text.Json;

namespace EmissionsDao.Chain.Deployment;

/// <summary>What the embedded chain's first start deployed; kept next to anvil's state file.</summary>
public sealed record DeploymentRecord(long ChainId, long DeployedAtBlock, DateTime DeployedUtc, ContractAddresses Addresses)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static DeploymentRecord? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<DeploymentRecord>(File.ReadAllText(path), JsonOptions) : null;

    public void Save(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, JsonOptions));
        File.Move(temporary, path, overwrite: true);
    }
}
