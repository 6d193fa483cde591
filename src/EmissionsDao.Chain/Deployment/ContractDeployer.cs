using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsTimelock;
using EmissionsDao.Chain.Contracts.Generated.EmissionsTimelock.ContractDefinition;
using EmissionsDao.Chain.LocalChain;
using Nethereum.Web3;
using MintFunction = EmissionsDao.Chain.Contracts.Generated.TestStablecoin.ContractDefinition.MintFunction;
using TestStablecoinDeployment = EmissionsDao.Chain.Contracts.Generated.TestStablecoin.ContractDefinition.TestStablecoinDeployment;

namespace EmissionsDao.Chain.Deployment;

/// <summary>
/// Deploys the contract system (governance token, timelock, governor, fee token) and wires the roles:
/// the governor is the timelock's only proposer and canceller, anyone may execute a queued operation, and the
/// deployer gives up its admin role so that the timelock governs itself.
/// </summary>
public static class ContractDeployer
{
    private const string AnyoneMayExecute = "0x0000000000000000000000000000000000000000";

    public static async Task<ContractAddresses> DeployAsync(IWeb3 deployerWeb3, GovernanceSettings settings, CancellationToken cancellationToken = default)
    {
        var deployer = deployerWeb3.TransactionManager.Account.Address;

        var token = await deployerWeb3.DeployAsync(new EmissionsDaoTokenDeployment { InitialHolder = deployer }, cancellationToken);
        var timelock = await deployerWeb3.DeployAsync(
            new EmissionsTimelockDeployment
            {
                MinDelay = settings.TimelockDelaySeconds,
                Proposers = [],
                Executors = [AnyoneMayExecute],
                Admin = deployer,
            },
            cancellationToken);
        var governor = await deployerWeb3.DeployAsync(
            new EmissionsGovernorDeployment
            {
                Token = token.ContractAddress,
                Timelock = timelock.ContractAddress,
                VotingDelay = settings.VotingDelaySeconds,
                VotingPeriod = settings.VotingPeriodSeconds,
                ProposalThreshold = settings.ProposalThreshold,
                QuorumNumerator = settings.QuorumPercent,
                VoteExtension = settings.VoteExtensionSeconds,
            },
            cancellationToken);
        var feeToken = await deployerWeb3.DeployAsync(new TestStablecoinDeployment { InitialOwner = deployer }, cancellationToken);

        var timelockService = new EmissionsTimelockService(deployerWeb3, timelock.ContractAddress);
        var proposerRole = await timelockService.ProposerRoleQueryAsync();
        var cancellerRole = await timelockService.CancellerRoleQueryAsync();
        var adminRole = await timelockService.DefaultAdminRoleQueryAsync();
        await deployerWeb3.SendAsync(timelock.ContractAddress, new GrantRoleFunction { Role = proposerRole, Account = governor.ContractAddress }, cancellationToken);
        await deployerWeb3.SendAsync(timelock.ContractAddress, new GrantRoleFunction { Role = cancellerRole, Account = governor.ContractAddress }, cancellationToken);
        await deployerWeb3.SendAsync(timelock.ContractAddress, new RenounceRoleFunction { Role = adminRole, CallerConfirmation = deployer }, cancellationToken);

        return new ContractAddresses
        {
            GovernanceToken = token.ContractAddress,
            Timelock = timelock.ContractAddress,
            Governor = governor.ContractAddress,
            FeeToken = feeToken.ContractAddress,
        };
    }

    /// <summary>
    /// Dev chain only: hands governance tokens to the demo accounts (each delegates to itself so its votes count),
    /// mints test stablecoins for fees, and moves the rest of the governance supply to the timelock (the treasury).
    /// </summary>
    public static async Task FundDemoAccountsAsync(Func<DevAccount, IWeb3> web3For, ContractAddresses addresses, CancellationToken cancellationToken = default)
    {
        var deployerWeb3 = web3For(DevAccounts.Deployer);
        var governanceUnits = BigInteger.Pow(10, 18);
        var stablecoinUnits = BigInteger.Pow(10, 6);
        var holders = DevAccounts.All.Skip(1).ToList();
        foreach (var holder in holders)
        {
            await deployerWeb3.SendAsync(addresses.GovernanceToken!, new TransferFunction { To = holder.Address, Value = 100_000 * governanceUnits }, cancellationToken);
            await web3For(holder).SendAsync(addresses.GovernanceToken!, new DelegateFunction { Delegatee = holder.Address }, cancellationToken);
            await deployerWeb3.SendAsync(addresses.FeeToken!, new MintFunction { To = holder.Address, Amount = 10_000 * stablecoinUnits }, cancellationToken);
        }

        var remaining = 10_000_000 - (holders.Count * 100_000);
        await deployerWeb3.SendAsync(addresses.GovernanceToken!, new TransferFunction { To = addresses.Timelock!, Value = remaining * governanceUnits }, cancellationToken);
    }
}
