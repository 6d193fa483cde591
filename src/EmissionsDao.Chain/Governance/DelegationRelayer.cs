using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken;
using EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken.ContractDefinition;
using Nethereum.ABI.EIP712;
using Nethereum.Contracts;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;

namespace EmissionsDao.Chain.Governance;

/// <summary>A delegation as the delegator's wallet signed it (eth_signTypedData_v4).</summary>
public sealed record SignedDelegation(string Delegator, string Delegatee, BigInteger Nonce, BigInteger Expiry, string Signature);

public sealed record DelegationRelayResult(bool Accepted, string? TransactionHash, string Message);

/// <summary>
/// Delegation by signature, relayed by the portal so that a token holder needs no gas to give its votes to itself or
/// to someone else. Checks the signature, nonce and expiry first; the token checks them again on chain.
/// </summary>
public sealed class DelegationRelayer(ChainRuntime runtime, TimeProvider clock)
{
    private ChainConnection Chain => runtime.Connection;

    public async Task<(Delegation Message, string TypedDataJson)> DelegationToSignAsync(string delegator, string delegatee, TimeSpan validFor)
    {
        var token = new EmissionsDaoTokenService(Chain.Reader, Chain.Addresses.GovernanceToken);
        var delegation = new Delegation
        {
            Delegatee = delegatee,
            Nonce = await token.NoncesQueryAsync(delegator),
            Expiry = clock.GetUtcNow().Add(validFor).ToUnixTimeSeconds(),
        };
        return (delegation, WalletTypedData.ToJson(GovernanceTypedData.Delegation(Chain.ChainId, Chain.Addresses.GovernanceToken!), delegation));
    }

    public async Task<DelegationRelayResult> RelayAsync(SignedDelegation signed, CancellationToken cancellationToken = default)
    {
        if (signed.Expiry < clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return new DelegationRelayResult(false, null, $"The delegation expired at {DateTimeOffset.FromUnixTimeSeconds((long)signed.Expiry):u}: sign a new one");
        }

        var message = new Delegation { Delegatee = signed.Delegatee, Nonce = signed.Nonce, Expiry = signed.Expiry };
        string signer;
        try
        {
            signer = Eip712TypedDataSigner.Current.RecoverFromSignatureV4(message, GovernanceTypedData.Delegation(Chain.ChainId, Chain.Addresses.GovernanceToken!), signed.Signature);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or IndexOutOfRangeException)
        {
            return new DelegationRelayResult(false, null, $"The signature is malformed: {exception.Message}");
        }

        if (!string.Equals(signer, signed.Delegator, StringComparison.OrdinalIgnoreCase))
        {
            return new DelegationRelayResult(false, null, $"The signature is not {signed.Delegator}'s delegation to {signed.Delegatee} on chain {Chain.ChainId}");
        }

        var token = new EmissionsDaoTokenService(Chain.Reader, Chain.Addresses.GovernanceToken);
        var currentNonce = await token.NoncesQueryAsync(signed.Delegator);
        if (currentNonce != signed.Nonce)
        {
            return new DelegationRelayResult(false, null, $"The delegation was signed for nonce {signed.Nonce} but {signed.Delegator}'s nonce is {currentNonce}: it was already used or is out of order; sign a new one");
        }

        var signature = EthECDSASignatureFactory.ExtractECDSASignature(signed.Signature);
        try
        {
            var receipt = await Chain.Relayer.SendAsync(
                Chain.Addresses.GovernanceToken!,
                new DelegateBySigFunction { Delegatee = signed.Delegatee, Nonce = signed.Nonce, Expiry = signed.Expiry, V = signature.V[0], R = signature.R, S = signature.S },
                cancellationToken);
            return new DelegationRelayResult(true, receipt.TransactionHash, $"{signed.Delegator} now delegates its votes to {signed.Delegatee}");
        }
        catch (SmartContractCustomErrorRevertException revert)
        {
            var reason = revert.IsCustomErrorFor<VotesExpiredSignatureError>() ? "the signature has expired"
                : revert.IsCustomErrorFor<InvalidAccountNonceError>() ? "the nonce was already used"
                : "the token refused it";
            return new DelegationRelayResult(false, null, $"The delegation was refused on chain: {reason}");
        }
    }
}
