using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>Final is final, money is paid once, and parameters and records belong to the DAO and the registry.</summary>
[Collection(AnvilCollection.Name)]
public sealed class FinalizeWithdrawAttackTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_request_cannot_be_finalized_twice_nor_paid_twice()
    {
        var (requestId, _, auditor) = await _kit.IssueAsync("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31), 1_000);

        await AssertRevertsWith<RequestNotFinalizableError>(() => _kit.Service.FinalizeAsync(requestId));
        await _kit.Service.WithdrawAsync(_kit.Sender(auditor));
        await AssertRevertsWith<NothingToWithdrawError>(() => _kit.Service.WithdrawAsync(_kit.Sender(auditor)));
        await AssertRevertsWith<NothingToWithdrawError>(() => _kit.Service.Relayer.WithdrawForAsync(Account(auditor).Address, chain.Addresses.FeeToken!));
    }

    [Fact]
    public async Task Only_the_timelock_changes_parameters_and_only_the_registry_writes_records()
    {
        var erin = new ContractTransactionSender(_kit.Web3("Erin"));

        await AssertRevertsWith<OwnableUnauthorizedAccountError>(() => erin.SendAsync(_kit.Registry, new SetFeeFunction { Fee = 1 }));
        await AssertRevertsWith<OwnableUnauthorizedAccountError>(() => erin.SendAsync(_kit.Registry, new AddAuditorsFunction { Auditors = [Account("Erin").Address] }));
        await AssertRevertsWith<NotRegistryError>(() => erin.SendAsync(chain.Addresses.EmissionsRecords!, new WriteFunction
        {
            Owner = Account("Erin").Address,
            SubjectKey = Hash("fake"),
            StartDay = 1,
            EndDay = 2,
            Grams = 1,
            RequestId = 0,
            PredecessorHint = 0,
        }));
        await AssertRevertsWith<InvalidParameterError>(() => _kit.AsTimelockAsync(_kit.Registry, new SetPanelSizeFunction { PanelSize = 8 }));
    }
}
