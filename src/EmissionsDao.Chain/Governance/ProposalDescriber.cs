using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;
using Registry = EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using ReputationContract = EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition;
using ReviewsContract = EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition;
using TimelockUpdateDelayFunction = EmissionsDao.Chain.Contracts.Generated.EmissionsTimelock.ContractDefinition.UpdateDelayFunction;
using TokenTransferFunction = EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken.ContractDefinition.TransferFunction;

namespace EmissionsDao.Chain.Governance;

/// <summary>
/// Says in words what a proposal's call will do, by decoding the calldata against the functions the portal's proposal
/// templates use. Anything else is shown as the raw call, never guessed.
/// </summary>
public sealed class ProposalDescriber(ChainRuntime runtime)
{
    private readonly List<Func<string, BigInteger, byte[], string?>> _describers =
    [
        Decode<TokenTransferFunction>((contract, f) => contract == "GovernanceToken"
            ? $"Pay {Edao(f.Value)} EDAO from the treasury to {f.To}"
            : $"Transfer {f.Value} units of {contract} to {f.To}"),
        Decode<UpdateQuorumNumeratorFunction>((_, f) => $"Set the quorum to {f.NewQuorumNumerator} % of the governance token supply"),
        Decode<SetVotingDelayFunction>((_, f) => $"Set the voting delay to {Duration((long)f.NewVotingDelay)}"),
        Decode<SetVotingPeriodFunction>((_, f) => $"Set the voting period to {Duration(f.NewVotingPeriod)}"),
        Decode<SetProposalThresholdFunction>((_, f) => $"Set the proposal threshold to {Edao(f.NewProposalThreshold)} EDAO"),
        Decode<SetLateQuorumVoteExtensionFunction>((_, f) => $"Set the late-quorum vote extension to {Duration((long)f.NewVoteExtension)}"),
        Decode<TimelockUpdateDelayFunction>((_, f) => $"Set the timelock delay to {Duration((long)f.NewDelay)}"),
        Decode<Registry.AddAuditorsFunction>((_, f) => $"Register as auditor(s): {string.Join(", ", f.Auditors)}"),
        Decode<Registry.RemoveAuditorFunction>((_, f) => $"Remove {f.Auditor} from the auditors"),
        Decode<Registry.SetFeeFunction>((_, f) => $"Set the audit fee to {Tusd(f.Fee)} tUSD"),
        Decode<Registry.SetPanelSizeFunction>((_, f) => f.PanelSize == 1 ? "Draw a single auditor per request" : $"Draw a panel of {f.PanelSize} auditors per request"),
        Decode<Registry.SetDispersionThresholdFunction>((_, f) => $"Escalate audits whose results disperse more than {f.ThresholdBps / 100m:0.##} %"),
        Decode<Registry.SetProtocolShareFunction>((_, f) => $"Send {f.ShareBps / 100m:0.##} % of each audit fee to the treasury"),
        Decode<Registry.SetPhaseDurationsFunction>((_, f) => $"Give auditors {Duration(f.CommitDuration)} to commit and {Duration(f.RevealDuration)} to reveal"),
        Decode<Registry.SetAlwaysVoteFunction>((_, f) => f.AlwaysVote ? "Settle every audit by a DAO vote" : "Settle audits by the panel, escalating only dispersed results"),
        Decode<Registry.ResolveEscalatedFunction>((_, f) => f.Issue
            ? $"Settle escalated audit #{f.RequestId}: issue a record of {Kg(f.Grams)} kg CO2e"
            : $"Settle escalated audit #{f.RequestId}: decline (reason {f.ReasonCode})"),
        Decode<ReputationContract.BurnFunction>((_, f) => $"Slash {Edao(f.Amount)} reputation from {f.Account}"),
        Decode<ReputationContract.MintFunction>((_, f) => $"Award {Edao(f.Amount)} reputation to {f.Account}"),
        Decode<ReputationContract.SetReviewsFunction>((_, f) => $"Let {f.NewReviews} apply community reviews to reputation"),
        Decode<ReviewsContract.SetParametersFunction>((_, f) => ReviewParameters(f.NewParameters)),
    ];

    public string Describe(string target, BigInteger value, byte[] calldata)
    {
        var contract = ContractName(target);
        foreach (var describe in _describers)
        {
            if (describe(contract, value, calldata) is { } description)
            {
                return value.IsZero ? description : $"{description}, sending {UnitConversion.Convert.FromWei(value)} ETH";
            }
        }

        return $"Call {contract} with data {calldata.ToHex(prefix: true)}" + (value.IsZero ? "" : $" sending {UnitConversion.Convert.FromWei(value)} ETH");
    }

    /// <summary>Lets other areas (the audit registry, reputation) add the descriptions of their governed functions.</summary>
    public void Add<TFunction>(Func<string, TFunction, string> describe)
        where TFunction : FunctionMessage, new() => _describers.Add(Decode(describe));

    private string ContractName(string address)
    {
        var known = runtime.IsConnected ? runtime.Connection.Addresses.All() : [];
        return known.FirstOrDefault(c => string.Equals(c.Address, address, StringComparison.OrdinalIgnoreCase)).Contract ?? address;
    }

    private static Func<string, BigInteger, byte[], string?> Decode<TFunction>(Func<string, TFunction, string> describe)
        where TFunction : FunctionMessage, new()
    {
        var selector = ABITypedRegistry.GetFunctionABI<TFunction>().Sha3Signature.HexToByteArray();
        return (contract, _, calldata) => calldata.Length >= 4 && calldata.AsSpan(0, 4).SequenceEqual(selector)
            ? describe(contract, new TFunction().DecodeInput(calldata.ToHex(prefix: true)))
            : null;
    }

    private static string ReviewParameters(ReviewsContract.ReviewParameters p) =>
        $"Reviews: each star above or below 3 moves {Edao(p.RepPerStar)} REP; one review per {Edao(p.VotesPerReview)} EDAO of votes, "
        + $"at most {p.MaxReviewsPerEpoch} per reviewer per epoch; "
        + (p.ReviewWindow == 0 ? "no review window" : $"audits can be reviewed for {Duration(p.ReviewWindow)} after their reveal deadline");

    private static string Edao(BigInteger amount) => UnitConversion.Convert.FromWei(amount).ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Tusd(BigInteger amount) => UnitConversion.Convert.FromWei(amount, 6).ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static string Kg(BigInteger grams) => ((decimal)grams / 1000m).ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static string Duration(long seconds) => TimeSpan.FromSeconds(seconds) switch
    {
        { TotalDays: >= 1 } span when span.TotalSeconds % 86_400 == 0 => $"{span.TotalDays:0} day(s)",
        { TotalHours: >= 1 } span when span.TotalSeconds % 3_600 == 0 => $"{span.TotalHours:0} hour(s)",
        { TotalMinutes: >= 1 } span when span.TotalSeconds % 60 == 0 => $"{span.TotalMinutes:0} minute(s)",
        _ => $"{seconds} seconds",
    };
}
