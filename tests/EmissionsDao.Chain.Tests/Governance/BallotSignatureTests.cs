using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.ABI;
using Nethereum.ABI.EIP712;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using Nethereum.Util;

namespace EmissionsDao.Chain.Tests.Governance;

/// <summary>Votes signed like a browser wallet signs them, relayed by the portal: golden vectors and every refusal.</summary>
[Collection(AnvilCollection.Name)]
public sealed class BallotSignatureTests(AnvilFixture chain) : IAsyncLifetime
{
    private const string GovernorAtFixedAddress = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
    private const string PinnedBallotDigest = "0x04a0f8e8033641c7f4c0f4b154226100b0b7085c092ad5fcc5d46654b16cbd7f";

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Ballot_digest_matches_an_independent_EIP712_encoding()
    {
        var ballot = new Ballot { ProposalId = BigInteger.Parse("1234567890123456789"), Support = (byte)VoteType.For, Voter = DevAccounts.ByName("Erin").Address, Nonce = 7 };

        var nethereumDigest = Eip712TypedDataEncoder.Current.EncodeAndHashTypedData(ballot, GovernanceTypedData.Ballot(31337, GovernorAtFixedAddress));

        Assert.Equal(HandEncodedBallotDigest(ballot, 31337, GovernorAtFixedAddress).ToHex(), nethereumDigest.ToHex());
        // Pinned golden vector: a change in the encoding (type string, domain, field order) breaks every wallet's signature.
        Assert.Equal(PinnedBallotDigest, nethereumDigest.ToHex(prefix: true));
    }

    [Fact]
    public async Task Ballot_digest_built_in_CSharp_equals_the_governors()
    {
        var governor = new EmissionsGovernorService(chain.Reader, chain.Addresses.Governor);
        foreach (var (proposalId, support, voter, nonce) in new[]
        {
            (BigInteger.One, VoteType.Against, DevAccounts.ByName("Erin").Address, BigInteger.Zero),
            (BigInteger.Parse("98765432109876543210987654321"), VoteType.For, DevAccounts.ByName("Frank").Address, new BigInteger(3)),
            (BigInteger.Pow(2, 255), VoteType.Abstain, DevAccounts.ByName("Grace").Address, new BigInteger(42)),
        })
        {
            var ballot = new Ballot { ProposalId = proposalId, Support = (byte)support, Voter = voter, Nonce = nonce };

            var digest = Eip712TypedDataEncoder.Current.EncodeAndHashTypedData(ballot, GovernanceTypedData.Ballot(31337, chain.Addresses.Governor!));

            Assert.Equal((await governor.BallotDigestQueryAsync(proposalId, (byte)support, voter, nonce)).ToHex(), digest.ToHex());
        }
    }

    [Fact]
    public async Task A_wallet_style_signature_of_the_typed_data_json_is_accepted_and_counted()
    {
        var relayer = Relayer();
        var erin = DevAccounts.ByName("Erin");
        var proposalId = await ProposalBuilder.ActiveTreasurySpendAsync(chain, chain.Addresses.Governor!, "Wallet-signed vote");

        var typedDataJson = await relayer.BallotToSignAsync(proposalId, VoteType.For, erin.Address);
        var signature = Eip712TypedDataSigner.Current.SignTypedDataV4(typedDataJson, new EthECKey(erin.PrivateKey));
        var result = await relayer.RelayAsync(new SignedBallot(proposalId, VoteType.For, erin.Address, signature));

        Assert.True(result.Accepted, result.Message);
        Assert.Equal(100_000 * BigInteger.Pow(10, 18), result.Weight);
        var votes = await new EmissionsGovernorService(chain.Reader, chain.Addresses.Governor).ProposalVotesQueryAsync(proposalId);
        Assert.Equal(result.Weight, votes.ForVotes);
        Assert.Contains("\"primaryType\":\"Ballot\"", typedDataJson.Replace(" ", ""));
        // A wallet parses this JSON in JavaScript: a uint256 must arrive as a string, or it is rounded to a double.
        Assert.Contains($"\"proposalId\":\"{proposalId}\"", typedDataJson.Replace(" ", ""));
    }

    [Fact]
    public async Task A_replayed_signature_is_refused_by_the_portal_and_by_the_governor()
    {
        var erin = DevAccounts.ByName("Erin");
        var proposalId = await ProposalBuilder.ActiveTreasurySpendAsync(chain, chain.Addresses.Governor!, "Replay");
        var signed = new SignedBallot(proposalId, VoteType.For, erin.Address, Sign(erin, proposalId, VoteType.For, nonce: 0));
        Assert.True((await Relayer().RelayAsync(signed)).Accepted);

        var replay = await Relayer().RelayAsync(signed);

        Assert.Equal(VoteRefusal.BadSignature, replay.Refusal);
        Assert.Contains("accepted only once", replay.Message);
        var direct = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() =>
            new EmissionsGovernorService(chain.Web3For(DevAccounts.Deployer), chain.Addresses.Governor)
                .CastVoteBySigRequestAndWaitForReceiptAsync(proposalId, (byte)VoteType.For, erin.Address, signed.Signature.HexToByteArray()));
        Assert.True(direct.IsCustomErrorFor<Contracts.Generated.EmissionsGovernor.ContractDefinition.GovernorInvalidSignatureError>());
    }

    [Fact]
    public async Task A_second_vote_with_a_fresh_signature_is_refused_as_already_voted()
    {
        var erin = DevAccounts.ByName("Erin");
        var proposalId = await ProposalBuilder.ActiveTreasurySpendAsync(chain, chain.Addresses.Governor!, "Twice");
        Assert.True((await Relayer().RelayAsync(new SignedBallot(proposalId, VoteType.For, erin.Address, Sign(erin, proposalId, VoteType.For, 0)))).Accepted);

        var second = await Relayer().RelayAsync(new SignedBallot(proposalId, VoteType.Against, erin.Address, Sign(erin, proposalId, VoteType.Against, 1)));

        Assert.Equal(VoteRefusal.AlreadyVoted, second.Refusal);
    }

    [Fact]
    public async Task A_vote_after_the_deadline_is_refused()
    {
        var erin = DevAccounts.ByName("Erin");
        var proposalId = await ProposalBuilder.ActiveTreasurySpendAsync(chain, chain.Addresses.Governor!, "Late");
        await chain.IncreaseTimeAsync(chain.Governance.VotingPeriodSeconds + 1);

        var late = await Relayer().RelayAsync(new SignedBallot(proposalId, VoteType.For, erin.Address, Sign(erin, proposalId, VoteType.For, 0)));

        Assert.Equal(VoteRefusal.ProposalNotActive, late.Refusal);
        Assert.Contains("Defeated", late.Message);
    }

    [Fact]
    public async Task Power_moved_after_the_snapshot_neither_follows_the_tokens_nor_leaves_the_voter()
    {
        var frank = DevAccounts.ByName("Frank");
        var newcomer = new Nethereum.Web3.Accounts.Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes().ToHex(prefix: true), ChainOptions.DevChainId);
        var proposalId = await ProposalBuilder.ActiveTreasurySpendAsync(chain, chain.Addresses.Governor!, "Moved power");
        var token = new EmissionsDaoTokenService(chain.Web3For(frank), chain.Addresses.GovernanceToken);
        await token.TransferRequestAndWaitForReceiptAsync(newcomer.Address, 100_000 * BigInteger.Pow(10, 18));
        await chain.Web3For(DevAccounts.Deployer).Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(newcomer.Address, 1m);
        await new EmissionsDaoTokenService(new Nethereum.Web3.Web3(newcomer, chain.Anvil.RpcUrl), chain.Addresses.GovernanceToken).DelegateRequestAndWaitForReceiptAsync(newcomer.Address);

        var newcomerVote = await Relayer().RelayAsync(new SignedBallot(proposalId, VoteType.Against, newcomer.Address, Sign(newcomer.PrivateKey, proposalId, VoteType.Against, 0)));
        var frankVote = await Relayer().RelayAsync(new SignedBallot(proposalId, VoteType.For, frank.Address, Sign(frank, proposalId, VoteType.For, 0)));

        Assert.Equal(VoteRefusal.NoVotingPower, newcomerVote.Refusal);
        Assert.True(frankVote.Accepted, frankVote.Message);
        Assert.Equal(100_000 * BigInteger.Pow(10, 18), frankVote.Weight);
    }

    [Theory]
    [InlineData("another signer")]
    [InlineData("another chain")]
    [InlineData("another governor")]
    [InlineData("another proposal")]
    [InlineData("malformed")]
    public async Task A_signature_that_is_not_the_voters_ballot_is_refused(string forgery)
    {
        var erin = DevAccounts.ByName("Erin");
        var proposalId = await ProposalBuilder.ActiveTreasurySpendAsync(chain, chain.Addresses.Governor!, "Forgery " + forgery);
        var ballot = new Ballot { ProposalId = proposalId, Support = (byte)VoteType.For, Voter = erin.Address, Nonce = 0 };
        var signature = forgery switch
        {
            "another signer" => Eip712TypedDataSigner.Current.SignTypedDataV4(ballot, GovernanceTypedData.Ballot(31337, chain.Addresses.Governor!), new EthECKey(DevAccounts.ByName("Frank").PrivateKey)),
            "another chain" => Eip712TypedDataSigner.Current.SignTypedDataV4(ballot, GovernanceTypedData.Ballot(1, chain.Addresses.Governor!), new EthECKey(erin.PrivateKey)),
            "another governor" => Eip712TypedDataSigner.Current.SignTypedDataV4(ballot, GovernanceTypedData.Ballot(31337, chain.Addresses.Timelock!), new EthECKey(erin.PrivateKey)),
            "another proposal" => Sign(erin, proposalId + 1, VoteType.For, 0),
            _ => "0x1234",
        };

        var result = await Relayer().RelayAsync(new SignedBallot(proposalId, VoteType.For, erin.Address, signature));

        Assert.False(result.Accepted);
        Assert.Equal(VoteRefusal.BadSignature, result.Refusal);
        var votes = await new EmissionsGovernorService(chain.Reader, chain.Addresses.Governor).ProposalVotesQueryAsync(proposalId);
        Assert.Equal(BigInteger.Zero, votes.ForVotes);
    }

    private VoteRelayer Relayer()
    {
        return new VoteRelayer(new ChainRuntime(new ChainConnection(chain.Anvil.RpcUrl, ChainOptions.DevChainId, true, chain.Addresses, DevAccounts.Deployer.PrivateKey)));
    }

    private string Sign(DevAccount voter, BigInteger proposalId, VoteType support, BigInteger nonce) => Sign(voter.PrivateKey, proposalId, support, nonce, voter.Address);

    private string Sign(string privateKey, BigInteger proposalId, VoteType support, BigInteger nonce, string? voter = null)
    {
        var key = new EthECKey(privateKey);
        var ballot = new Ballot { ProposalId = proposalId, Support = (byte)support, Voter = voter ?? key.GetPublicAddress(), Nonce = nonce };
        return Eip712TypedDataSigner.Current.SignTypedDataV4(ballot, GovernanceTypedData.Ballot(31337, chain.Addresses.Governor!), key);
    }

    /// <summary>EIP-712 by hand: keccak256(0x1901 ‖ domainSeparator ‖ hashStruct(ballot)), with OpenZeppelin's type strings.</summary>
    private static byte[] HandEncodedBallotDigest(Ballot ballot, long chainId, string governor)
    {
        var keccak = Sha3Keccack.Current;
        var abi = new ABIEncode();
        var domainTypeHash = keccak.CalculateHash(System.Text.Encoding.UTF8.GetBytes("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"));
        var domainSeparator = keccak.CalculateHash(abi.GetABIEncoded(
            new ABIValue("bytes32", domainTypeHash),
            new ABIValue("bytes32", keccak.CalculateHash(System.Text.Encoding.UTF8.GetBytes("EmissionsGovernor"))),
            new ABIValue("bytes32", keccak.CalculateHash(System.Text.Encoding.UTF8.GetBytes("1"))),
            new ABIValue("uint256", new BigInteger(chainId)),
            new ABIValue("address", governor)));
        var ballotTypeHash = keccak.CalculateHash(System.Text.Encoding.UTF8.GetBytes("Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)"));
        var structHash = keccak.CalculateHash(abi.GetABIEncoded(
            new ABIValue("bytes32", ballotTypeHash),
            new ABIValue("uint256", ballot.ProposalId),
            new ABIValue("uint8", ballot.Support),
            new ABIValue("address", ballot.Voter),
            new ABIValue("uint256", ballot.Nonce)));
        return keccak.CalculateHash([0x19, 0x01, .. domainSeparator, .. structHash]);
    }
}
