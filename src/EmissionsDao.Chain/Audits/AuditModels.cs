using System.Numerics;
using System.Security.Cryptography;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using Nethereum.ABI;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace EmissionsDao.Chain.Audits;

/// <summary>Status of a request on chain (AuditRegistry.Status).</summary>
public enum AuditStatus : byte
{
    None,
    Open,
    Escalated,
    AwaitingRecord,
    Issued,
    Declined,
    Refunded,
}

/// <summary>State of one panel member's ballot (AuditRegistry.BallotState).</summary>
public enum BallotState : byte
{
    Drawn,
    Committed,
    Revealed,
}

/// <summary>Reason codes an auditor (or the DAO) gives for a decline; 0 is not a reason.</summary>
public enum DeclineReason : ushort
{
    InsufficientEvidence = 1,
    InconsistentActivityData = 2,
    FactorsNotApplicable = 3,
    OutOfScope = 4,
    ConflictOfInterest = 5,

    /// <summary>Set by the registry, not by auditors: a record of the subject issued after the request overlaps its period (AuditRegistry.REASON_PERIOD_ALREADY_RECORDED).</summary>
    PeriodAlreadyRecorded = ushort.MaxValue,
}

/// <summary>What a requester asks to have audited, before signing. Days are day numbers since 1970-01-01, inclusive.</summary>
public sealed record AuditRequestDraft(
    string Requester,
    byte[] SubjectKey,
    uint PeriodStartDay,
    uint PeriodEndDay,
    byte[] ActivityHash,
    byte[] FactorSetHash,
    IReadOnlyList<byte[]> DocumentHashes);

/// <summary>A request signed by the requester, with the fee permit, ready for the relayer.</summary>
public sealed record SignedAuditRequest(AuditRequest Request, byte[] Signature, PermitSignature Permit);

/// <summary>A commit signed by the auditor.</summary>
public sealed record SignedCommit(CommitMessage Message, byte[] Signature);

/// <summary>A reveal signed by the auditor.</summary>
public sealed record SignedReveal(RevealMessage Message, byte[] Signature);

/// <summary>A request created on chain with its drawn panel.</summary>
public sealed record CreatedAudit(BigInteger RequestId, IReadOnlyList<string> Panel, TransactionReceipt Receipt);

/// <summary>What finalize did: the request's new status and, if issued, the record written.</summary>
public sealed record FinalizedAudit(AuditStatus Status, BigInteger RecordId, TransactionReceipt Receipt);

/// <summary>
/// An auditor's result with the secret salt that seals it. Keep the salt until the reveal: the commitment is
/// keccak256(abi.encode(requestId, auditor, issue, grams, factorSetHash, reasonCode, salt)), as AuditRegistry.sealResult.
/// </summary>
public sealed record AuditorResult(bool Issue, BigInteger Grams, byte[] FactorSetHash, ushort ReasonCode, byte[] Salt)
{
    public static AuditorResult IssueGrams(BigInteger grams, byte[] factorSetHash) => new(true, grams, factorSetHash, 0, RandomNumberGenerator.GetBytes(32));

    public static AuditorResult Decline(DeclineReason reason) => new(false, 0, new byte[32], (ushort)reason, RandomNumberGenerator.GetBytes(32));

    public byte[] Commitment(BigInteger requestId, string auditor) =>
        Sha3Keccack.Current.CalculateHash(new ABIEncode().GetABIEncoded(
            new ABIValue("uint256", requestId),
            new ABIValue("address", auditor),
            new ABIValue("bool", Issue),
            new ABIValue("uint256", Grams),
            new ABIValue("bytes32", FactorSetHash),
            new ABIValue("uint16", ReasonCode),
            new ABIValue("bytes32", Salt)));

    public Result ToContractResult() => new() { Issue = Issue, Grams = Grams, FactorSetHash = FactorSetHash, ReasonCode = ReasonCode, Salt = Salt };
}

/// <summary>Converts dates to the contracts' day numbers (days since 1970-01-01) and back.</summary>
public static class ChainDays
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static uint FromDate(DateOnly date) => (uint)(date.DayNumber - EpochDayNumber);

    public static DateOnly ToDate(uint day) => DateOnly.FromDayNumber(EpochDayNumber + (int)day);
}
