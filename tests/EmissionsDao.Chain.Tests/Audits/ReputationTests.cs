using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditorReputation;
using EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>Reputation cannot move between accounts, halves every epoch, and only the DAO mints it.</summary>
[Collection(AnvilCollection.Name)]
public sealed class ReputationTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_transfer_path_reverts()
    {
        var bob = new ContractTransactionSender(_kit.Web3("Bob"));
        var reputation = chain.Addresses.AuditorReputation!;
        var carol = Account("Carol").Address;

        await AssertRevertsWith<ReputationNonTransferableError>(() => bob.SendAsync(reputation, new TransferFunction { To = carol, Value = 1 }));
        await AssertRevertsWith<ReputationNonTransferableError>(() => bob.SendAsync(reputation, new ApproveFunction { Spender = carol, Value = 1 }));
        await AssertRevertsWith<ReputationNonTransferableError>(() => bob.SendAsync(reputation, new TransferFromFunction { From = Account("Bob").Address, To = carol, Value = 1 }));
        await AssertRevertsWith<OwnableUnauthorizedAccountError>(() => bob.SendAsync(reputation, new MintFunction { Account = Account("Bob").Address, Amount = 1 }));
        await AssertRevertsWith<NotRegistryError>(() => bob.SendAsync(reputation, new SetAuditorFunction { Account = Account("Bob").Address, Auditor = true }));
    }

    [Fact]
    public async Task Reputation_halves_every_epoch_and_the_dao_can_mint()
    {
        var reputation = new AuditorReputationService(chain.Reader, chain.Addresses.AuditorReputation);
        var totalBefore = await reputation.TotalSupplyQueryAsync();
        Assert.Equal(2_400 * Rep, totalBefore);

        await chain.IncreaseTimeAsync(90 * 24 * 3600);
        Assert.Equal(500 * Rep, await _kit.ReputationAsync("Bob"));
        Assert.Equal(1_200 * Rep, await reputation.TotalSupplyQueryAsync());

        await _kit.AsTimelockAsync(chain.Addresses.AuditorReputation!, new MintFunction { Account = Account("Dave").Address, Amount = 700 * Rep });
        Assert.Equal(1_000 * Rep, await _kit.ReputationAsync("Dave"));
        Assert.Equal(1_900 * Rep, await reputation.TotalSupplyQueryAsync());

        // The draw still works on the rescaled weights.
        var created = await _kit.RequestAsync("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31));
        Assert.Contains(NameOf(created.Panel.Single()), new[] { "Bob", "Carol", "Dave" });
    }
}
