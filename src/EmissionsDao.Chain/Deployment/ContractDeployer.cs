using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsTimelock;
using EmissionsDao.Chain.Contracts.Generated.EmissionsTimelock.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsTokens.ContractDefinition;
using EmissionsDao.Chain.LocalChain;
using Nethereum.Web3;
using AuditorReputationDeployment = EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition.AuditorReputationDeployment;
using AuditReviewsDeployment = EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition.AuditReviewsDeployment;
using MintFunction = EmissionsDao.Chain.Contracts.Generated.TestStablecoin.ContractDefinition.MintFunction;
using MintReputationFunction = EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition.MintFunction;
using ReviewParameters = EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition.ReviewParameters;
using SetRegistryFunction = EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition.SetRegistryFunction;
using SetReviewsFunction = EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition.SetReviewsFunction;
using TestStablecoinDeployment = EmissionsDao.Chain.Contracts.Generated.TestStablecoin.ContractDefinition.TestStablecoinDeployment;
using TransferReputationOwnershipFunction = EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition.TransferOwnershipFunction;

namespace EmissionsDao.Chain.Deployment;

/// <summary>
/// Deploys the contract system (governance token, timelock, governor, fee token, auditor reputation, emissions
/// records, audit registry, emissions tokens) and wires the roles: the governor is the timelock's only proposer and
/// canceller, anyone may execute a queued operation, and the deployer gives up its admin role so that the timelock
/// governs itself. The audit contracts are deployed with the deployer as temporary owner so that it can bind them
/// and register the initial auditors with their starting reputation; it then hands ownership of the registry's
/// parameters and of reputation minting to the timelock, after which only a passed proposal changes them.
/// </summary>
public static class ContractDeployer
{
    private const string AnyoneMayExecute = "0x0000000000000000000000000000000000000000";

    public static Task<ContractAddresses> DeployAsync(IWeb3 deployerWeb3, GovernanceSettings settings, CancellationToken cancellationToken = default) =>
        DeployAsync(deployerWeb3, settings, AuditSettings.DevChain, cancellationToken);

    public static async Task<ContractAddresses> DeployAsync(IWeb3 deployerWeb3, GovernanceSettings settings, AuditSettings audit, CancellationToken cancellationToken = default)
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

        var addresses = new ContractAddresses
        {
            GovernanceToken = token.ContractAddress,
            Timelock = timelock.ContractAddress,
            Governor = governor.ContractAddress,
            FeeToken = feeToken.ContractAddress,
        };
        await DeployAuditContractsAsync(deployerWeb3, addresses, audit, cancellationToken);
        return addresses;
    }

    private static async Task DeployAuditContractsAsync(IWeb3 deployerWeb3, ContractAddresses addresses, AuditSettings audit, CancellationToken cancellationToken)
    {
        var deployer = deployerWeb3.TransactionManager.Account.Address;
        var reputation = await deployerWeb3.DeployAsync(
            new AuditorReputationDeployment { InitialOwner = deployer, EpochLength = audit.ReputationEpochSeconds },
            cancellationToken);
        var records = await deployerWeb3.DeployAsync(new EmissionsRecordsDeployment(), cancellationToken);
        var registry = await deployerWeb3.DeployAsync(
            new AuditRegistryDeployment
            {
                InitialOwner = deployer,
                AuditorReputation = reputation.ContractAddress,
                EmissionsRecords = records.ContractAddress,
                InitialFeeToken = addresses.FeeToken,
                InitialParameters = new Parameters
                {
                    Fee = audit.Fee,
                    PanelSize = audit.PanelSize,
                    AlwaysVote = audit.AlwaysVote,
                    DispersionThresholdBps = audit.DispersionThresholdBps,
                    CoherenceToleranceBps = audit.CoherenceToleranceBps,
                    ProtocolShareBps = audit.ProtocolShareBps,
                    MissPenaltyBps = audit.MissPenaltyBps,
                    CommitDuration = audit.CommitSeconds,
                    RevealDuration = audit.RevealSeconds,
                    CoherenceReward = audit.CoherenceReward,
                },
            },
            cancellationToken);
        var tokens = await deployerWeb3.DeployAsync(new EmissionsTokensDeployment { EmissionsRecords = records.ContractAddress }, cancellationToken);

        await deployerWeb3.SendAsync(records.ContractAddress, new BindFunction { Registry = registry.ContractAddress, Tokens = tokens.ContractAddress }, cancellationToken);
        await deployerWeb3.SendAsync(reputation.ContractAddress, new SetRegistryFunction { NewRegistry = registry.ContractAddress }, cancellationToken);

        foreach (var auditor in audit.InitialAuditors)
        {
            await deployerWeb3.SendAsync(reputation.ContractAddress, new MintReputationFunction { Account = auditor.Address, Amount = auditor.Reputation }, cancellationToken);
        }

        if (audit.InitialAuditors.Count > 0)
        {
            await deployerWeb3.SendAsync(registry.ContractAddress, new AddAuditorsFunction { Auditors = [.. audit.InitialAuditors.Select(a => a.Address)] }, cancellationToken);
        }

        var reviews = await DeployReviewsAsync(deployerWeb3, addresses, registry.ContractAddress, audit, cancellationToken);
        await deployerWeb3.SendAsync(reputation.ContractAddress, new SetReviewsFunction { NewReviews = reviews }, cancellationToken);

        await deployerWeb3.SendAsync(registry.ContractAddress, new TransferOwnershipFunction { NewOwner = addresses.Timelock }, cancellationToken);
        await deployerWeb3.SendAsync(reputation.ContractAddress, new TransferReputationOwnershipFunction { NewOwner = addresses.Timelock }, cancellationToken);

        addresses.AuditorReputation = reputation.ContractAddress;
        addresses.EmissionsRecords = records.ContractAddress;
        addresses.AuditRegistry = registry.ContractAddress;
        addresses.EmissionsTokens = tokens.ContractAddress;
        addresses.AuditReviews = reviews;
    }

    /// <summary>Community reviews, owned by the timelock from the start (its parameters need no setup by the deployer).</summary>
    private static async Task<string> DeployReviewsAsync(IWeb3 deployerWeb3, ContractAddresses addresses, string registry, AuditSettings audit, CancellationToken cancellationToken)
    {
        var reviews = await deployerWeb3.DeployAsync(
            new AuditReviewsDeployment
            {
                InitialOwner = addresses.Timelock!,
                AuditRegistry = registry,
                GovernanceToken = addresses.GovernanceToken!,
                ReviewEpochLength = audit.ReviewEpochSeconds,
                InitialParameters = new ReviewParameters
                {
                    RepPerStar = audit.ReviewRepPerStar,
                    VotesPerReview = audit.ReviewVotesPerReview,
                    MaxReviewsPerEpoch = audit.MaxReviewsPerEpoch,
                    ReviewWindow = audit.ReviewWindowSeconds,
                },
            },
            cancellationToken);
        return reviews.ContractAddress;
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
