using System.Numerics;
using EmissionsDao.Chain.Deployment;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;
using Governor = EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using Registry = EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using ReputationContract = EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition;
using ReviewsContract = EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition;
using Token = EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken.ContractDefinition;

namespace EmissionsDao.Chain.Governance;

/// <summary>One call the timelock makes when a proposal executes.</summary>
public sealed record ProposalCall(string Target, BigInteger Value, byte[] Calldata);

/// <summary>
/// The kinds of proposal the portal offers, each turned into the exact calls the timelock will make. Amounts are in
/// the units people type (EDAO, tUSD, REP, percent, basis points, seconds); conversion to the contracts' integers
/// happens here, once.
/// </summary>
public abstract record ProposalTemplate
{
    public abstract string Title { get; }

    public abstract IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts);

    /// <summary>Why the template cannot be proposed as filled in, or null when it can.</summary>
    public virtual string? Problem => null;

    protected static ProposalCall Call<TFunction>(string? target, TFunction function)
        where TFunction : FunctionMessage, new() =>
        new(target ?? throw new InvalidOperationException($"{typeof(TFunction).Name}: the target contract is not deployed"), BigInteger.Zero, function.GetCallData());

    protected static string? AddressProblem(string address, string what) =>
        AddressUtil.Current.IsValidEthereumAddressHexFormat(address) ? null : $"{what} '{address}' is not an address (0x followed by 40 hex digits)";

    protected static BigInteger Units(decimal amount, int decimals)
    {
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        return new BigInteger(amount * scale);
    }
}

public sealed record TreasurySpend(string Recipient, decimal AmountEdao) : ProposalTemplate
{
    public override string Title => $"Pay {AmountEdao:#,0.##} EDAO from the treasury to {Recipient}";

    public override string? Problem => AddressProblem(Recipient, "Recipient") ?? (AmountEdao <= 0 ? "The amount must be positive" : null);

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.GovernanceToken, new Token.TransferFunction { To = Recipient, Value = Units(AmountEdao, 18) })];
}

public sealed record RegisterAuditors(IReadOnlyList<string> Auditors) : ProposalTemplate
{
    public override string Title => Auditors.Count == 1 ? $"Register {Auditors[0]} as an auditor" : $"Register {Auditors.Count} auditors";

    public override string? Problem => Auditors.Count == 0 ? "Name at least one auditor" : Auditors.Select(a => AddressProblem(a, "Auditor")).FirstOrDefault(p => p is not null);

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.AuditRegistry, new Registry.AddAuditorsFunction { Auditors = [.. Auditors] })];
}

public sealed record RemoveAuditor(string Auditor) : ProposalTemplate
{
    public override string Title => $"Remove {Auditor} from the auditors";

    public override string? Problem => AddressProblem(Auditor, "Auditor");

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.AuditRegistry, new Registry.RemoveAuditorFunction { Auditor = Auditor })];
}

public sealed record ChangeAuditFee(decimal FeeTusd) : ProposalTemplate
{
    public override string Title => $"Set the audit fee to {FeeTusd:#,0.00} tUSD";

    public override string? Problem => FeeTusd < 0 ? "The fee cannot be negative" : null;

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.AuditRegistry, new Registry.SetFeeFunction { Fee = Units(FeeTusd, 6) })];
}

public sealed record ChangePanelSize(int PanelSize) : ProposalTemplate
{
    public override string Title => PanelSize == 1 ? "Draw a single auditor per request" : $"Draw a panel of {PanelSize} auditors per request";

    public override string? Problem => PanelSize is < 1 or > 15 ? "The panel size must be between 1 and 15" : null;

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.AuditRegistry, new Registry.SetPanelSizeFunction { PanelSize = (byte)PanelSize })];
}

public sealed record ChangeDispersionThreshold(int ThresholdBps) : ProposalTemplate
{
    public override string Title => $"Escalate audits whose results disperse more than {ThresholdBps / 100m:0.##} %";

    public override string? Problem => ThresholdBps is < 0 or > 10_000 ? "The threshold is in basis points, between 0 and 10,000" : null;

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.AuditRegistry, new Registry.SetDispersionThresholdFunction { ThresholdBps = (ushort)ThresholdBps })];
}

public sealed record ChangeProtocolShare(int ShareBps) : ProposalTemplate
{
    public override string Title => $"Send {ShareBps / 100m:0.##} % of each audit fee to the treasury";

    public override string? Problem => ShareBps is < 0 or > 10_000 ? "The share is in basis points, between 0 and 10,000" : null;

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.AuditRegistry, new Registry.SetProtocolShareFunction { ShareBps = (ushort)ShareBps })];
}

public sealed record ChangeAuditDeadlines(TimeSpan CommitPhase, TimeSpan RevealPhase) : ProposalTemplate
{
    public override string Title => $"Give auditors {CommitPhase.TotalHours:0.##} h to commit and {RevealPhase.TotalHours:0.##} h to reveal";

    public override string? Problem => CommitPhase <= TimeSpan.Zero || RevealPhase <= TimeSpan.Zero ? "Both phases must last some time" : null;

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.AuditRegistry, new Registry.SetPhaseDurationsFunction { CommitDuration = (uint)CommitPhase.TotalSeconds, RevealDuration = (uint)RevealPhase.TotalSeconds })];
}

public sealed record ChangeAlwaysVote(bool AlwaysVote) : ProposalTemplate
{
    public override string Title => AlwaysVote ? "Settle every audit by a DAO vote" : "Settle audits by the panel, escalating only dispersed results";

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.AuditRegistry, new Registry.SetAlwaysVoteFunction { AlwaysVote = AlwaysVote })];
}

public sealed record SettleEscalatedAudit(BigInteger RequestId, bool Issue, decimal TotalKgCo2e, int ReasonCode) : ProposalTemplate
{
    public override string Title => Issue
        ? $"Settle escalated audit #{RequestId}: issue a record of {TotalKgCo2e:#,0.###} kg CO2e"
        : $"Settle escalated audit #{RequestId}: decline (reason {ReasonCode})";

    public override string? Problem => Issue && TotalKgCo2e <= 0 ? "An issued record needs a positive total" : null;

    /// <summary>The request a call settles, when it is this template's call (resolveEscalated on the registry); else null.</summary>
    public static BigInteger? RequestSettledBy(string target, byte[] calldata, ContractAddresses contracts)
    {
        var resolve = ABITypedRegistry.GetFunctionABI<Registry.ResolveEscalatedFunction>().Sha3Signature.HexToByteArray();
        return string.Equals(target, contracts.AuditRegistry, StringComparison.OrdinalIgnoreCase) && calldata.Length >= 4 && calldata.AsSpan(0, 4).SequenceEqual(resolve)
            ? new Registry.ResolveEscalatedFunction().DecodeInput(calldata.ToHex(prefix: true)).RequestId
            : null;
    }

    /// <summary>The chain stores integer grams: kg x 1000, rounded half away from zero.</summary>
    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
    [
        Call(contracts.AuditRegistry, new Registry.ResolveEscalatedFunction
        {
            RequestId = RequestId,
            Issue = Issue,
            Grams = Issue ? new BigInteger(Math.Round(TotalKgCo2e * 1000m, MidpointRounding.AwayFromZero)) : BigInteger.Zero,
            ReasonCode = (ushort)ReasonCode,
        }),
    ];
}

public sealed record SlashReputation(string Auditor, decimal AmountRep) : ProposalTemplate
{
    public override string Title => $"Slash {AmountRep:#,0.##} reputation from {Auditor}";

    public override string? Problem => AddressProblem(Auditor, "Auditor") ?? (AmountRep <= 0 ? "The amount must be positive" : null);

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.AuditorReputation, new ReputationContract.BurnFunction { Account = Auditor, Amount = Units(AmountRep, 18) })];
}

/// <summary>
/// Community reviews: each star above or below 3 awards or withdraws <paramref name="RepPerStar"/> REP; a reviewer
/// gets one review per <paramref name="VotesPerReviewEdao"/> EDAO of voting power (held before the review epoch
/// began), at most <paramref name="MaxReviewsPerEpoch"/>; audits can be reviewed for <paramref name="ReviewWindow"/>
/// after their reveal deadline (zero: no limit).
/// </summary>
public sealed record ChangeReviewParameters(decimal RepPerStar, decimal VotesPerReviewEdao, int MaxReviewsPerEpoch, TimeSpan ReviewWindow) : ProposalTemplate
{
    public override string Title =>
        $"Reviews: {RepPerStar:#,0.##} REP per star, one review per {VotesPerReviewEdao:#,0.##} EDAO of votes, at most {MaxReviewsPerEpoch} per epoch, "
        + (ReviewWindow == TimeSpan.Zero ? "no review window" : $"{ReviewWindow.TotalDays:0.##} day(s) to review");

    public override string? Problem =>
        RepPerStar < 0 ? "The REP per star cannot be negative"
        : VotesPerReviewEdao <= 0 ? "The votes per review must be positive"
        : MaxReviewsPerEpoch is < 0 or > ushort.MaxValue ? "The reviews per epoch must be between 0 and 65,535"
        : ReviewWindow < TimeSpan.Zero || ReviewWindow.TotalSeconds > uint.MaxValue ? "The review window must be between zero and about 136 years"
        : null;

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
    [
        Call(contracts.AuditReviews, new ReviewsContract.SetParametersFunction
        {
            NewParameters = new ReviewsContract.ReviewParameters
            {
                RepPerStar = Units(RepPerStar, 18),
                VotesPerReview = Units(VotesPerReviewEdao, 18),
                MaxReviewsPerEpoch = (ushort)MaxReviewsPerEpoch,
                ReviewWindow = (uint)ReviewWindow.TotalSeconds,
            },
        }),
    ];
}

public sealed record ChangeQuorum(int QuorumPercent) : ProposalTemplate
{
    public override string Title => $"Set the quorum to {QuorumPercent} % of the governance token supply";

    public override string? Problem => QuorumPercent is < 1 or > 100 ? "The quorum is a percentage between 1 and 100" : null;

    public override IReadOnlyList<ProposalCall> Calls(ContractAddresses contracts) =>
        [Call(contracts.Governor, new Governor.UpdateQuorumNumeratorFunction { NewQuorumNumerator = QuorumPercent })];
}
