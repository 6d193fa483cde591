using EmissionsDao.Chain.Audits;
using EmissionsDao.Web.Signing;
using Nethereum.Signer;

namespace EmissionsDao.Web.Audits;

/// <summary>
/// Signs the audit messages as the signed-in account: a browser wallet gets the typed-data JSON (bytes as 0x-hex,
/// numbers as strings); a dev account on the dev chain signs the typed objects on the server (Nethereum's JSON path
/// does not read bytes32 values).
/// </summary>
public sealed class AuditSigner(SessionSigner session)
{
    public async Task<SignedAuditRequest> SignAsync(AuditRequestToSign toSign, Action<string>? progress = null)
    {
        if (await session.DevAccountAsync() is { } dev)
        {
            var (request, permit) = toSign.SignWith(new EthECKey(dev.PrivateKey));
            return AuditMessagesToSign.Signed(toSign, request, permit);
        }

        progress?.Invoke("Sign the audit request in your wallet…");
        var requestSignature = await session.SignTypedDataAsync(toSign.RequestTypedDataJson);
        progress?.Invoke("Sign the fee permit in your wallet…");
        var permitSignature = await session.SignTypedDataAsync(toSign.PermitTypedDataJson);
        return AuditMessagesToSign.Signed(toSign, requestSignature, permitSignature);
    }

    public async Task<SignedCommit> SignAsync(CommitToSign toSign) =>
        AuditMessagesToSign.Signed(toSign, await session.DevAccountAsync() is { } dev ? toSign.SignWith(new EthECKey(dev.PrivateKey)) : await session.SignTypedDataAsync(toSign.TypedDataJson));

    public async Task<SignedReveal> SignAsync(RevealToSign toSign) =>
        AuditMessagesToSign.Signed(toSign, await session.DevAccountAsync() is { } dev ? toSign.SignWith(new EthECKey(dev.PrivateKey)) : await session.SignTypedDataAsync(toSign.TypedDataJson));
}
