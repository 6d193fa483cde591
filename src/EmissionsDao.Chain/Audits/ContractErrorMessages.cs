using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.RegularExpressions;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.ABI.Model;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace EmissionsDao.Chain.Audits;

/// <summary>
/// The one table that turns a contract's custom error into a sentence a requester, auditor or token holder can act
/// on. Placeholders in braces are the error's parameters. Errors are recognised by selector from the generated
/// wrappers of the audit contracts and the fee token, so a new Solidity error without a sentence here fails
/// <c>ContractErrorMessagesTests</c>.
/// </summary>
public static partial class ContractErrorMessages
{
    public static readonly IReadOnlyDictionary<string, string> ByErrorName = new Dictionary<string, string>
    {
        // AuditRegistry: requests and signatures
        ["SignatureExpired"] = "The signed message expired (deadline {deadline}); sign it again.",
        ["InvalidSignature"] = "The signature is not {signer}'s signature of this message for this chain and registry.",
        ["InvalidAccountNonce"] = "This signed message was already used or is out of order: {account}'s next nonce is {currentNonce}; sign a new one.",
        ["FeeMismatch"] = "The signed fee ({signedFee}) differs from the current audit fee ({currentFee}); sign the request again.",
        ["InvalidPeriod"] = "The period ends (day {endDay}) before it starts (day {startDay}).",
        ["NotEnoughAuditors"] = "Not enough registered auditors with reputation to draw a panel: {available} available, {wanted} needed (the requester is never drawn).",
        ["SafeERC20FailedOperation"] = "The fee token {token} refused the transfer.",
        ["ERC20InsufficientAllowance"] = "The fee permit or allowance is too small: {allowance} allowed, {needed} needed.",
        ["ERC20InsufficientBalance"] = "{sender} holds {balance} of the fee token but the fee is {needed}.",
        ["ERC2612ExpiredSignature"] = "The fee permit expired (deadline {deadline}); sign it again.",
        ["ERC2612InvalidSigner"] = "The fee permit was signed by {signer}, not by the payer {owner}.",

        // AuditRegistry: commit, reveal, finalize
        ["RequestNotOpen"] = "Request {requestId} is no longer open for results (status {status}).",
        ["NotOnPanel"] = "{account} was not drawn for request {requestId}; only the drawn auditors may submit results.",
        ["AlreadyCommitted"] = "{auditor} already committed a result for request {requestId}.",
        ["CommitPhaseOver"] = "The commit phase of request {requestId} ended at {commitDeadline}.",
        ["EmptyCommitment"] = "The sealed result is empty.",
        ["NotCommitted"] = "{auditor} did not commit a result for request {requestId}, so there is nothing to reveal.",
        ["AlreadyRevealed"] = "{auditor} already revealed its result for request {requestId}.",
        ["RevealNotOpen"] = "Reveals for request {requestId} open when every auditor has committed or at {commitDeadline}.",
        ["RevealPhaseOver"] = "The reveal phase of request {requestId} ended at {revealDeadline}.",
        ["CommitmentMismatch"] = "The revealed result of {auditor} for request {requestId} does not match its sealed commitment (different result or salt).",
        ["MissingDeclineReason"] = "A decline needs a reason code.",
        ["EmissionsTooLarge"] = "The total of {grams} g CO2e is too large to record.",
        ["FinalizeTooEarly"] = "Request {requestId} cannot be finalized yet: wait for every auditor's reveal or for the reveal deadline ({revealDeadline}).",
        ["RequestNotFinalizable"] = "Request {requestId} cannot be finalized in its status ({status}); it may already be final.",
        ["NotEscalated"] = "Request {requestId} is not escalated (status {status}), so the DAO has nothing to settle.",
        ["NothingToWithdraw"] = "{payee} has no payment to withdraw in {token}.",
        ["ReentrancyGuardReentrantCall"] = "The call tried to re-enter the registry and was refused.",
        ["InvalidParameter"] = "The parameter {name} cannot be {value}.",
        ["ZeroAddress"] = "An address is missing (zero).",
        ["OwnableUnauthorizedAccount"] = "{account} may not do this: only the DAO (the timelock) may.",
        ["OwnableInvalidOwner"] = "{owner} cannot become the owner.",
        ["InvalidShortString"] = "The EIP-712 domain name or version is malformed.",
        ["StringTooLong"] = "The text '{str}' is too long.",

        // AuditorReputation
        ["ReputationNonTransferable"] = "Reputation cannot be transferred or approved.",
        ["NotRegistry"] = "{caller} is not the audit registry.",
        ["InvalidEpochDuration"] = "The reputation epoch must last at least one second.",
        ["ReputationLimitExceeded"] = "{account} would hold {value} reputation, above the limit.",
        ["InsufficientReputation"] = "{account} holds {balance} reputation, less than the {amount} to burn.",
        ["EpochLimitReached"] = "Reputation can no longer change in epoch {epoch}: the DAO must migrate to a new reputation contract.",
        ["LengthMismatch"] = "{accounts} accounts but {deltas} reputation changes.",
        ["NotReviews"] = "{caller} is not the community reviews contract.",

        // AuditReviews (InvalidParameter, SignatureExpired, InvalidSignature and InvalidAccountNonce as above)
        ["AuditNotFinished"] = "Audit {requestId} is not finished (status {status}); only issued or declined audits can be reviewed.",
        ["ReviewWindowClosed"] = "Reviews of audit {requestId} closed at {closedAt}.",
        ["ReviewerWasAuditor"] = "{reviewer} was drawn for audit {requestId} and cannot review it.",
        ["ReviewerIsRequester"] = "{reviewer} requested audit {requestId} and cannot review it.",
        ["AlreadyReviewed"] = "{reviewer} already reviewed audit {requestId}; one review per audit.",
        ["ReviewBudgetExhausted"] = "{reviewer} has used all {budget} review(s) of review epoch {epoch}; the budget grows with the voting power delegated before an epoch begins.",
        ["RatingCountMismatch"] = "Audit {requestId} needs one rating for each of its {expected} auditor(s) who revealed a result, not {given}.",
        ["InvalidRating"] = "Rating {index} is {stars} stars; ratings are 1 to 5 stars.",

        // EmissionsRecords
        ["AlreadyBound"] = "The records contract is already bound to its registry and token contract.",
        ["NotBinder"] = "{caller} did not deploy the records contract and cannot bind it.",
        ["NotTokenContract"] = "{caller} is not the emissions token contract.",
        ["PeriodOverlap"] = "The period overlaps record {existingRecordId} of the same subject (days {existingStartDay} to {existingEndDay}): emissions cannot be recorded twice.",
        ["WrongNeighbourHint"] = "Record {hint} is not the record just before this period; recompute the neighbour hint and submit again.",
        ["UnknownRecord"] = "There is no record {recordId}.",
        ["InvalidRecordId"] = "Record id {recordId} is zero, too large or already used.",
        ["RecordAlreadyTokenized"] = "Record {recordId} already backs token {tokenId}; a record backs one token, ever.",

        // EmissionsTokens
        ["InvalidRecordCount"] = "A token needs between 1 and 120 records, not {count}.",
        ["NotRecordOwner"] = "Record {recordId} belongs to {owner}, not to you.",
        ["SubjectMismatch"] = "Records {previousRecordId} and {recordId} belong to different subjects.",
        ["RecordsNotContiguous"] = "Record {recordId} does not start the day after record {previousRecordId} ends: the records must cover the period with no gap and no overlap, in order.",
        ["NotTokenHolder"] = "Only the holder of token {tokenId} may retire it, not {caller}.",
        ["TokenIsRetired"] = "Token {tokenId} is retired and can no longer be transferred or retired.",
        ["ERC721NonexistentToken"] = "There is no token {tokenId}.",
        ["ERC721IncorrectOwner"] = "Token {tokenId} belongs to {owner}, not to {sender}.",
        ["ERC721InsufficientApproval"] = "{operator} is not allowed to move token {tokenId}.",
        ["ERC721InvalidApprover"] = "{approver} cannot approve this token.",
        ["ERC721InvalidOperator"] = "{operator} cannot be an operator.",
        ["ERC721InvalidOwner"] = "{owner} cannot own tokens.",
        ["ERC721InvalidReceiver"] = "{receiver} cannot receive tokens.",
        ["ERC721InvalidSender"] = "{sender} cannot send this token.",

        // Fee token (ERC-20 / permit) internals
        ["ECDSAInvalidSignature"] = "The signature is invalid.",
        ["ECDSAInvalidSignatureLength"] = "The signature has {length} bytes instead of 65.",
        ["ECDSAInvalidSignatureS"] = "The signature is malleable (high s) and was refused.",
        ["ERC20InvalidApprover"] = "{approver} cannot approve fee-token spending.",
        ["ERC20InvalidReceiver"] = "{receiver} cannot receive the fee token.",
        ["ERC20InvalidSender"] = "{sender} cannot send the fee token.",
        ["ERC20InvalidSpender"] = "{spender} cannot be approved to spend the fee token.",
    };

    /// <summary>Contracts whose errors the table must cover (their generated wrappers are scanned by selector).</summary>
    public static readonly IReadOnlyList<string> CoveredContracts = ["AuditRegistry", "AuditorReputation", "AuditReviews", "EmissionsRecords", "EmissionsTokens", "TestStablecoin"];

    private static readonly Lazy<IReadOnlyDictionary<string, ErrorABI>> ErrorsBySelector = new(LoadErrors);

    /// <summary>Every custom error the covered contracts can raise, by name.</summary>
    public static IReadOnlyCollection<ErrorABI> KnownErrors =>
        [.. ErrorsBySelector.Value.Values.GroupBy(e => e.Name).Select(g => g.First())];

    /// <summary>Decodes revert data (selector + ABI-encoded arguments) into the error name, its arguments and the sentence.</summary>
    public static DecodedContractError Decode(string? revertData)
    {
        var hex = revertData?.RemoveHexPrefix() ?? "";
        if (hex.Length < 8 || !ErrorsBySelector.Value.TryGetValue(hex[..8].ToLowerInvariant(), out var error))
        {
            return new DecodedContractError("Unknown", new Dictionary<string, object?>(), $"The contract refused the transaction (revert data {revertData ?? "none"}).");
        }

        var arguments = new FunctionCallDecoder()
            .DecodeDefaultData(hex[8..], error.InputParameters)
            .ToDictionary(p => p.Parameter.Name, p => (object?)p.Result);
        var template = ByErrorName.TryGetValue(error.Name, out var sentence) ? sentence : $"The contract refused the transaction ({error.Name}).";
        var message = Placeholder().Replace(template, m => arguments.TryGetValue(m.Groups[1].Value, out var value) ? Format(value) : m.Value);
        return new DecodedContractError(error.Name, arguments, message);
    }

    private static string Format(object? value) => value switch
    {
        byte[] bytes => bytes.ToHex(true),
        BigInteger number => number.ToString(CultureInfo.InvariantCulture),
        null => "",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static Dictionary<string, ErrorABI> LoadErrors()
    {
        var errors = new Dictionary<string, ErrorABI>();
        var namespaces = CoveredContracts.Select(c => $"EmissionsDao.Chain.Contracts.Generated.{c}.ContractDefinition").ToHashSet();
        foreach (var type in typeof(ContractErrorMessages).Assembly.GetTypes())
        {
            if (type.Namespace is null || !namespaces.Contains(type.Namespace) || type.GetCustomAttribute<ErrorAttribute>(inherit: false) is null)
            {
                continue;
            }

            var abi = ABITypedRegistry.GetError(type);
            errors.TryAdd(abi.Sha3Signature.ToLowerInvariant(), abi);
        }

        return errors;
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}

/// <summary>A decoded custom error: its Solidity name, its arguments by parameter name, and the English sentence.</summary>
public sealed record DecodedContractError(string Name, IReadOnlyDictionary<string, object?> Arguments, string Message);
