using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;

namespace EmissionsDao.Chain.Tests.Governance;

[Collection(AnvilCollection.Name)]
public sealed class DelegationBySignatureTests(AnvilFixture chain) : IAsyncLifetime
{
    private static readonly BigInteger Edao = BigInteger.Pow(10, 18);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_wallet_signed_delegation_moves_the_votes_without_the_holder_paying_gas()
    {
        var grace = DevAccounts.ByName("Grace");
        var erin = DevAccounts.ByName("Erin");
        var relayer = await RelayerAsync();
        var graceEtherBefore = await chain.Reader.Eth.GetBalance.SendRequestAsync(grace.Address);

        var (message, json) = await relayer.DelegationToSignAsync(grace.Address, erin.Address, TimeSpan.FromMinutes(10));
        var signature = Eip712TypedDataSigner.Current.SignTypedDataV4(json, new EthECKey(grace.PrivateKey));
        var result = await relayer.RelayAsync(new SignedDelegation(grace.Address, erin.Address, message.Nonce, message.Expiry, signature));

        Assert.True(result.Accepted, result.Message);
        var token = new EmissionsDaoTokenService(chain.Reader, chain.Addresses.GovernanceToken);
        Assert.Equal(200_000 * Edao, await token.GetVotesQueryAsync(erin.Address));
        Assert.Equal(BigInteger.Zero, await token.GetVotesQueryAsync(grace.Address));
        Assert.Equal(graceEtherBefore.Value, (await chain.Reader.Eth.GetBalance.SendRequestAsync(grace.Address)).Value);
    }

    [Fact]
    public async Task Replayed_expired_and_forged_delegations_are_refused()
    {
        var grace = DevAccounts.ByName("Grace");
        var erin = DevAccounts.ByName("Erin");
        var relayer = await RelayerAsync();
        var (message, json) = await relayer.DelegationToSignAsync(grace.Address, erin.Address, TimeSpan.FromMinutes(10));
        var signed = new SignedDelegation(grace.Address, erin.Address, message.Nonce, message.Expiry, Eip712TypedDataSigner.Current.SignTypedDataV4(json, new EthECKey(grace.PrivateKey)));
        Assert.True((await relayer.RelayAsync(signed)).Accepted);

        var replay = await relayer.RelayAsync(signed);
        var (expiredMessage, expiredJson) = await relayer.DelegationToSignAsync(grace.Address, erin.Address, TimeSpan.FromMinutes(-1));
        var expired = await relayer.RelayAsync(new SignedDelegation(grace.Address, erin.Address, expiredMessage.Nonce, expiredMessage.Expiry, Eip712TypedDataSigner.Current.SignTypedDataV4(expiredJson, new EthECKey(grace.PrivateKey))));
        var (forgedMessage, forgedJson) = await relayer.DelegationToSignAsync(grace.Address, erin.Address, TimeSpan.FromMinutes(10));
        var forged = await relayer.RelayAsync(new SignedDelegation(grace.Address, erin.Address, forgedMessage.Nonce, forgedMessage.Expiry, Eip712TypedDataSigner.Current.SignTypedDataV4(forgedJson, new EthECKey(erin.PrivateKey))));

        Assert.False(replay.Accepted);
        Assert.Contains("already used", replay.Message);
        Assert.False(expired.Accepted);
        Assert.Contains("expired", expired.Message);
        Assert.False(forged.Accepted);
        Assert.Contains("not " + grace.Address, forged.Message);
    }

    private async Task<DelegationRelayer> RelayerAsync()
    {
        // Signatures expire against the chain's clock, which tests move forward (and a snapshot revert keeps the
        // offset): mine a block so that the latest timestamp is where the chain's clock is now, then follow it.
        await chain.MineAsync(1);
        var chainNow = DateTimeOffset.FromUnixTimeSeconds(await chain.LatestTimestampAsync());
        return new DelegationRelayer(
            new ChainRuntime(new ChainConnection(chain.Anvil.RpcUrl, ChainOptions.DevChainId, true, chain.Addresses, DevAccounts.Deployer.PrivateKey)),
            new FixedClock(chainNow));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
