using EmissionsDao.Chain.LocalChain;
using Nethereum.Signer;

namespace EmissionsDao.Chain.Identity;

public sealed record SignedSiweMessage(string Message, string Signature);

/// <summary>
/// Signs sign-in messages on the server with the published dev keys, so that the sign-in flow can be clicked through
/// (and tested in a browser) without a wallet extension. Refuses anywhere but the embedded dev chain.
/// </summary>
public sealed class DevAccountSigner(ISignInChain chain, SiweChallengeIssuer challenges)
{
    private readonly EthereumMessageSigner _signer = new();

    public SignedSiweMessage Sign(DevAccount account, Uri portalOrigin)
    {
        if (!chain.AllowsDevAccounts)
        {
            throw new InvalidOperationException(
                $"Dev accounts sign in only on the embedded dev chain (chain id {ChainOptions.DevChainId}); this portal runs on chain {chain.ChainId}.");
        }

        var message = challenges.CreateMessage(account.Address, portalOrigin, chain.ChainId).ToMessageText();
        return new SignedSiweMessage(message, _signer.EncodeUTF8AndSign(message, new EthECKey(account.PrivateKey)));
    }
}
