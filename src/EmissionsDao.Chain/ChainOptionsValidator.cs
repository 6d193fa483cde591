using EmissionsDao.Chain.Deployment;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;

namespace EmissionsDao.Chain;

/// <summary>Checks the "Chain" section before anything connects; each failure names the key to set.</summary>
internal sealed class ChainOptionsValidator : IValidateOptions<ChainOptions>
{
    public ValidateOptionsResult Validate(string? name, ChainOptions options)
    {
        var failures = new List<string>();
        if (options.ChainId <= 0)
        {
            failures.Add("Chain:ChainId must be a positive chain id (31337 for the local dev chain)");
        }

        if (options.ReceiptTimeoutSeconds <= 0)
        {
            failures.Add("Chain:ReceiptTimeoutSeconds must be positive");
        }

        if (options.UsesEmbeddedChain)
        {
            if (options.ChainId != ChainOptions.DevChainId)
            {
                failures.Add($"Chain:ChainId is {options.ChainId} but no Chain:RpcUrl is set; the embedded dev chain is {ChainOptions.DevChainId}: set Chain:RpcUrl for another chain");
            }

            if (options.AnvilPort is < 0 or > 65535)
            {
                failures.Add("Chain:AnvilPort must be between 0 and 65535 (0 picks a free port)");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (!Uri.TryCreate(options.RpcUrl, UriKind.Absolute, out var rpc) || (rpc.Scheme != Uri.UriSchemeHttp && rpc.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Chain:RpcUrl '{options.RpcUrl}' is not an http(s) URL");
        }

        if (string.IsNullOrWhiteSpace(options.RelayerPrivateKey))
        {
            failures.Add("Chain:RelayerPrivateKey is missing: the portal needs a funded key to relay signed messages on an external chain");
        }
        else if (options.RelayerPrivateKey.RemoveHexPrefix().Length != 64 || !options.RelayerPrivateKey.IsHex())
        {
            failures.Add("Chain:RelayerPrivateKey must be 32 bytes of hex (0x followed by 64 hex digits)");
        }

        foreach (var (contract, address) in (options.Addresses ?? new ContractAddresses()).All())
        {
            if (string.IsNullOrWhiteSpace(address))
            {
                failures.Add($"Chain:Addresses:{contract} is missing: set the deployed {contract} address for chain {options.ChainId}");
            }
            else if (!AddressUtil.Current.IsValidEthereumAddressHexFormat(address))
            {
                failures.Add($"Chain:Addresses:{contract} '{address}' is not an address (0x followed by 40 hex digits)");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
