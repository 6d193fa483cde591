using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.ReentrantFeeToken;
using EmissionsDao.Chain.Contracts.Generated.ReentrantFeeToken.ContractDefinition;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Contracts;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>A malicious fee token that calls back into the registry while being paid out cannot re-enter withdraw or finalize.</summary>
[Collection(AnvilCollection.Name)]
public sealed class ReentrancyAttackTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_fee_token_that_reenters_on_payout_is_stopped_by_the_guard()
    {
        var deployer = chain.Web3For(DevAccounts.Deployer);
        var evilToken = (await deployer.DeployAsync(new ReentrantFeeTokenDeployment())).ContractAddress;
        var evil = new ReentrantFeeTokenService(deployer, evilToken);
        await evil.MintRequestAndWaitForReceiptAsync(Account("Alice").Address, 1_000 * Fee);
        await _kit.AsTimelockAsync(_kit.Registry, new SetFeeTokenFunction { Token = evilToken });

        var (_, _, auditor) = await _kit.IssueAsync("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31), 1_000);
        var open = await _kit.RequestAsync("Alice", "utility 1", Day(2025, 2, 1), Day(2025, 2, 28));
        Assert.Equal(90_000_000, await _kit.Service.CreditOfAsync(evilToken, Account(auditor).Address));

        await evil.ArmRequestAndWaitForReceiptAsync(_kit.Registry, new WithdrawFunction().GetCallData());
        await AssertRevertsWith<ReentrancyGuardReentrantCallError>(() => _kit.Service.WithdrawAsync(_kit.Sender(auditor)));

        await evil.ArmRequestAndWaitForReceiptAsync(_kit.Registry, new FinalizeFunction { RequestId = open.RequestId, PredecessorHint = 0 }.GetCallData());
        await AssertRevertsWith<ReentrancyGuardReentrantCallError>(() => _kit.Service.WithdrawAsync(_kit.Sender(auditor)));
        Assert.Equal(90_000_000, await _kit.Service.CreditOfAsync(evilToken, Account(auditor).Address));

        await evil.ArmRequestAndWaitForReceiptAsync(Nethereum.Util.AddressUtil.ZERO_ADDRESS, []);
        await _kit.Service.WithdrawAsync(_kit.Sender(auditor));
        Assert.Equal(90_000_000, await evil.BalanceOfQueryAsync(Account(auditor).Address));
    }
}
