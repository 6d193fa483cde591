using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts;
using System.Threading;

namespace EmissionsDao.Chain.Contracts.Generated.GovernorCountingSimpleLateQuorum.ContractDefinition
{


    public partial class GovernorCountingSimpleLateQuorumDeployment : GovernorCountingSimpleLateQuorumDeploymentBase
    {
        public GovernorCountingSimpleLateQuorumDeployment() : base(BYTECODE) { }
        public GovernorCountingSimpleLateQuorumDeployment(string byteCode) : base(byteCode) { }
    }

    public class GovernorCountingSimpleLateQuorumDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x";
        public GovernorCountingSimpleLateQuorumDeploymentBase() : base(BYTECODE) { }
        public GovernorCountingSimpleLateQuorumDeploymentBase(string byteCode) : base(byteCode) { }

    }

    public partial class BallotTypehashFunction : BallotTypehashFunctionBase { }

    [Function("BALLOT_TYPEHASH", "bytes32")]
    public class BallotTypehashFunctionBase : FunctionMessage
    {

    }

    public partial class ClockModeFunction : ClockModeFunctionBase { }

    [Function("CLOCK_MODE", "string")]
    public class ClockModeFunctionBase : FunctionMessage
    {

    }

    public partial class CountingModeFunction : CountingModeFunctionBase { }

    [Function("COUNTING_MODE", "string")]
    public class CountingModeFunctionBase : FunctionMessage
    {

    }

    public partial class ExtendedBallotTypehashFunction : ExtendedBallotTypehashFunctionBase { }

    [Function("EXTENDED_BALLOT_TYPEHASH", "bytes32")]
    public class ExtendedBallotTypehashFunctionBase : FunctionMessage
    {

    }

    public partial class CancelFunction : CancelFunctionBase { }

    [Function("cancel", "uint256")]
    public class CancelFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "targets", 1)]
        public virtual List<string> Targets { get; set; }
        [Parameter("uint256[]", "values", 2)]
        public virtual List<BigInteger> Values { get; set; }
        [Parameter("bytes[]", "calldatas", 3)]
        public virtual List<byte[]> Calldatas { get; set; }
        [Parameter("bytes32", "descriptionHash", 4)]
        public virtual byte[] DescriptionHash { get; set; }
    }

    public partial class CastVoteFunction : CastVoteFunctionBase { }

    [Function("castVote", "uint256")]
    public class CastVoteFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("uint8", "support", 2)]
        public virtual byte Support { get; set; }
    }

    public partial class CastVoteBySigFunction : CastVoteBySigFunctionBase { }

    [Function("castVoteBySig", "uint256")]
    public class CastVoteBySigFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("uint8", "support", 2)]
        public virtual byte Support { get; set; }
        [Parameter("address", "voter", 3)]
        public virtual string Voter { get; set; }
        [Parameter("bytes", "signature", 4)]
        public virtual byte[] Signature { get; set; }
    }

    public partial class CastVoteWithReasonFunction : CastVoteWithReasonFunctionBase { }

    [Function("castVoteWithReason", "uint256")]
    public class CastVoteWithReasonFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("uint8", "support", 2)]
        public virtual byte Support { get; set; }
        [Parameter("string", "reason", 3)]
        public virtual string Reason { get; set; }
    }

    public partial class CastVoteWithReasonAndParamsFunction : CastVoteWithReasonAndParamsFunctionBase { }

    [Function("castVoteWithReasonAndParams", "uint256")]
    public class CastVoteWithReasonAndParamsFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("uint8", "support", 2)]
        public virtual byte Support { get; set; }
        [Parameter("string", "reason", 3)]
        public virtual string Reason { get; set; }
        [Parameter("bytes", "params", 4)]
        public virtual byte[] Params { get; set; }
    }

    public partial class CastVoteWithReasonAndParamsBySigFunction : CastVoteWithReasonAndParamsBySigFunctionBase { }

    [Function("castVoteWithReasonAndParamsBySig", "uint256")]
    public class CastVoteWithReasonAndParamsBySigFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("uint8", "support", 2)]
        public virtual byte Support { get; set; }
        [Parameter("address", "voter", 3)]
        public virtual string Voter { get; set; }
        [Parameter("string", "reason", 4)]
        public virtual string Reason { get; set; }
        [Parameter("bytes", "params", 5)]
        public virtual byte[] Params { get; set; }
        [Parameter("bytes", "signature", 6)]
        public virtual byte[] Signature { get; set; }
    }

    public partial class ClockFunction : ClockFunctionBase { }

    [Function("clock", "uint48")]
    public class ClockFunctionBase : FunctionMessage
    {

    }

    public partial class Eip712DomainFunction : Eip712DomainFunctionBase { }

    [Function("eip712Domain", typeof(Eip712DomainOutputDTO))]
    public class Eip712DomainFunctionBase : FunctionMessage
    {

    }

    public partial class ExecuteFunction : ExecuteFunctionBase { }

    [Function("execute", "uint256")]
    public class ExecuteFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "targets", 1)]
        public virtual List<string> Targets { get; set; }
        [Parameter("uint256[]", "values", 2)]
        public virtual List<BigInteger> Values { get; set; }
        [Parameter("bytes[]", "calldatas", 3)]
        public virtual List<byte[]> Calldatas { get; set; }
        [Parameter("bytes32", "descriptionHash", 4)]
        public virtual byte[] DescriptionHash { get; set; }
    }

    public partial class GetProposalIdFunction : GetProposalIdFunctionBase { }

    [Function("getProposalId", "uint256")]
    public class GetProposalIdFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "targets", 1)]
        public virtual List<string> Targets { get; set; }
        [Parameter("uint256[]", "values", 2)]
        public virtual List<BigInteger> Values { get; set; }
        [Parameter("bytes[]", "calldatas", 3)]
        public virtual List<byte[]> Calldatas { get; set; }
        [Parameter("bytes32", "descriptionHash", 4)]
        public virtual byte[] DescriptionHash { get; set; }
    }

    public partial class GetVotesFunction : GetVotesFunctionBase { }

    [Function("getVotes", "uint256")]
    public class GetVotesFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "timepoint", 2)]
        public virtual BigInteger Timepoint { get; set; }
    }

    public partial class GetVotesWithParamsFunction : GetVotesWithParamsFunctionBase { }

    [Function("getVotesWithParams", "uint256")]
    public class GetVotesWithParamsFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "timepoint", 2)]
        public virtual BigInteger Timepoint { get; set; }
        [Parameter("bytes", "params", 3)]
        public virtual byte[] Params { get; set; }
    }

    public partial class HasVotedFunction : HasVotedFunctionBase { }

    [Function("hasVoted", "bool")]
    public class HasVotedFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class HashProposalFunction : HashProposalFunctionBase { }

    [Function("hashProposal", "uint256")]
    public class HashProposalFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "targets", 1)]
        public virtual List<string> Targets { get; set; }
        [Parameter("uint256[]", "values", 2)]
        public virtual List<BigInteger> Values { get; set; }
        [Parameter("bytes[]", "calldatas", 3)]
        public virtual List<byte[]> Calldatas { get; set; }
        [Parameter("bytes32", "descriptionHash", 4)]
        public virtual byte[] DescriptionHash { get; set; }
    }

    public partial class LateQuorumVoteExtensionFunction : LateQuorumVoteExtensionFunctionBase { }

    [Function("lateQuorumVoteExtension", "uint48")]
    public class LateQuorumVoteExtensionFunctionBase : FunctionMessage
    {

    }

    public partial class NameFunction : NameFunctionBase { }

    [Function("name", "string")]
    public class NameFunctionBase : FunctionMessage
    {

    }

    public partial class NoncesFunction : NoncesFunctionBase { }

    [Function("nonces", "uint256")]
    public class NoncesFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class OnERC1155BatchReceivedFunction : OnERC1155BatchReceivedFunctionBase { }

    [Function("onERC1155BatchReceived", "bytes4")]
    public class OnERC1155BatchReceivedFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
        [Parameter("address", "", 2)]
        public virtual string ReturnValue2 { get; set; }
        [Parameter("uint256[]", "", 3)]
        public virtual List<BigInteger> ReturnValue3 { get; set; }
        [Parameter("uint256[]", "", 4)]
        public virtual List<BigInteger> ReturnValue4 { get; set; }
        [Parameter("bytes", "", 5)]
        public virtual byte[] ReturnValue5 { get; set; }
    }

    public partial class OnERC1155ReceivedFunction : OnERC1155ReceivedFunctionBase { }

    [Function("onERC1155Received", "bytes4")]
    public class OnERC1155ReceivedFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
        [Parameter("address", "", 2)]
        public virtual string ReturnValue2 { get; set; }
        [Parameter("uint256", "", 3)]
        public virtual BigInteger ReturnValue3 { get; set; }
        [Parameter("uint256", "", 4)]
        public virtual BigInteger ReturnValue4 { get; set; }
        [Parameter("bytes", "", 5)]
        public virtual byte[] ReturnValue5 { get; set; }
    }

    public partial class OnERC721ReceivedFunction : OnERC721ReceivedFunctionBase { }

    [Function("onERC721Received", "bytes4")]
    public class OnERC721ReceivedFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
        [Parameter("address", "", 2)]
        public virtual string ReturnValue2 { get; set; }
        [Parameter("uint256", "", 3)]
        public virtual BigInteger ReturnValue3 { get; set; }
        [Parameter("bytes", "", 4)]
        public virtual byte[] ReturnValue4 { get; set; }
    }

    public partial class ProposalDeadlineFunction : ProposalDeadlineFunctionBase { }

    [Function("proposalDeadline", "uint256")]
    public class ProposalDeadlineFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class ProposalEtaFunction : ProposalEtaFunctionBase { }

    [Function("proposalEta", "uint256")]
    public class ProposalEtaFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class ProposalNeedsQueuingFunction : ProposalNeedsQueuingFunctionBase { }

    [Function("proposalNeedsQueuing", "bool")]
    public class ProposalNeedsQueuingFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ProposalProposerFunction : ProposalProposerFunctionBase { }

    [Function("proposalProposer", "address")]
    public class ProposalProposerFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class ProposalSnapshotFunction : ProposalSnapshotFunctionBase { }

    [Function("proposalSnapshot", "uint256")]
    public class ProposalSnapshotFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class ProposalThresholdFunction : ProposalThresholdFunctionBase { }

    [Function("proposalThreshold", "uint256")]
    public class ProposalThresholdFunctionBase : FunctionMessage
    {

    }

    public partial class ProposalVotesFunction : ProposalVotesFunctionBase { }

    [Function("proposalVotes", typeof(ProposalVotesOutputDTO))]
    public class ProposalVotesFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class ProposeFunction : ProposeFunctionBase { }

    [Function("propose", "uint256")]
    public class ProposeFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "targets", 1)]
        public virtual List<string> Targets { get; set; }
        [Parameter("uint256[]", "values", 2)]
        public virtual List<BigInteger> Values { get; set; }
        [Parameter("bytes[]", "calldatas", 3)]
        public virtual List<byte[]> Calldatas { get; set; }
        [Parameter("string", "description", 4)]
        public virtual string Description { get; set; }
    }

    public partial class QueueFunction : QueueFunctionBase { }

    [Function("queue", "uint256")]
    public class QueueFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "targets", 1)]
        public virtual List<string> Targets { get; set; }
        [Parameter("uint256[]", "values", 2)]
        public virtual List<BigInteger> Values { get; set; }
        [Parameter("bytes[]", "calldatas", 3)]
        public virtual List<byte[]> Calldatas { get; set; }
        [Parameter("bytes32", "descriptionHash", 4)]
        public virtual byte[] DescriptionHash { get; set; }
    }

    public partial class QuorumFunction : QuorumFunctionBase { }

    [Function("quorum", "uint256")]
    public class QuorumFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "timepoint", 1)]
        public virtual BigInteger Timepoint { get; set; }
    }

    public partial class QuorumDenominatorFunction : QuorumDenominatorFunctionBase { }

    [Function("quorumDenominator", "uint256")]
    public class QuorumDenominatorFunctionBase : FunctionMessage
    {

    }

    public partial class QuorumNumerator1Function : QuorumNumerator1FunctionBase { }

    [Function("quorumNumerator", "uint256")]
    public class QuorumNumerator1FunctionBase : FunctionMessage
    {
        [Parameter("uint256", "timepoint", 1)]
        public virtual BigInteger Timepoint { get; set; }
    }

    public partial class QuorumNumeratorFunction : QuorumNumeratorFunctionBase { }

    [Function("quorumNumerator", "uint256")]
    public class QuorumNumeratorFunctionBase : FunctionMessage
    {

    }

    public partial class RelayFunction : RelayFunctionBase { }

    [Function("relay")]
    public class RelayFunctionBase : FunctionMessage
    {
        [Parameter("address", "target", 1)]
        public virtual string Target { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
        [Parameter("bytes", "data", 3)]
        public virtual byte[] Data { get; set; }
    }

    public partial class SetLateQuorumVoteExtensionFunction : SetLateQuorumVoteExtensionFunctionBase { }

    [Function("setLateQuorumVoteExtension")]
    public class SetLateQuorumVoteExtensionFunctionBase : FunctionMessage
    {
        [Parameter("uint48", "newVoteExtension", 1)]
        public virtual ulong NewVoteExtension { get; set; }
    }

    public partial class StateFunction : StateFunctionBase { }

    [Function("state", "uint8")]
    public class StateFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class TokenFunction : TokenFunctionBase { }

    [Function("token", "address")]
    public class TokenFunctionBase : FunctionMessage
    {

    }

    public partial class UpdateQuorumNumeratorFunction : UpdateQuorumNumeratorFunctionBase { }

    [Function("updateQuorumNumerator")]
    public class UpdateQuorumNumeratorFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "newQuorumNumerator", 1)]
        public virtual BigInteger NewQuorumNumerator { get; set; }
    }

    public partial class VersionFunction : VersionFunctionBase { }

    [Function("version", "string")]
    public class VersionFunctionBase : FunctionMessage
    {

    }

    public partial class VotingDelayFunction : VotingDelayFunctionBase { }

    [Function("votingDelay", "uint256")]
    public class VotingDelayFunctionBase : FunctionMessage
    {

    }

    public partial class VotingPeriodFunction : VotingPeriodFunctionBase { }

    [Function("votingPeriod", "uint256")]
    public class VotingPeriodFunctionBase : FunctionMessage
    {

    }

    public partial class EIP712DomainChangedEventDTO : EIP712DomainChangedEventDTOBase { }

    [Event("EIP712DomainChanged")]
    public class EIP712DomainChangedEventDTOBase : IEventDTO
    {
    }

    public partial class LateQuorumVoteExtensionSetEventDTO : LateQuorumVoteExtensionSetEventDTOBase { }

    [Event("LateQuorumVoteExtensionSet")]
    public class LateQuorumVoteExtensionSetEventDTOBase : IEventDTO
    {
        [Parameter("uint64", "oldVoteExtension", 1, false )]
        public virtual ulong OldVoteExtension { get; set; }
        [Parameter("uint64", "newVoteExtension", 2, false )]
        public virtual ulong NewVoteExtension { get; set; }
    }

    public partial class ProposalCanceledEventDTO : ProposalCanceledEventDTOBase { }

    [Event("ProposalCanceled")]
    public class ProposalCanceledEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "proposalId", 1, false )]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class ProposalCreatedEventDTO : ProposalCreatedEventDTOBase { }

    [Event("ProposalCreated")]
    public class ProposalCreatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "proposalId", 1, false )]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("address", "proposer", 2, false )]
        public virtual string Proposer { get; set; }
        [Parameter("address[]", "targets", 3, false )]
        public virtual List<string> Targets { get; set; }
        [Parameter("uint256[]", "values", 4, false )]
        public virtual List<BigInteger> Values { get; set; }
        [Parameter("string[]", "signatures", 5, false )]
        public virtual List<string> Signatures { get; set; }
        [Parameter("bytes[]", "calldatas", 6, false )]
        public virtual List<byte[]> Calldatas { get; set; }
        [Parameter("uint256", "voteStart", 7, false )]
        public virtual BigInteger VoteStart { get; set; }
        [Parameter("uint256", "voteEnd", 8, false )]
        public virtual BigInteger VoteEnd { get; set; }
        [Parameter("string", "description", 9, false )]
        public virtual string Description { get; set; }
    }

    public partial class ProposalExecutedEventDTO : ProposalExecutedEventDTOBase { }

    [Event("ProposalExecuted")]
    public class ProposalExecutedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "proposalId", 1, false )]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class ProposalExtendedEventDTO : ProposalExtendedEventDTOBase { }

    [Event("ProposalExtended")]
    public class ProposalExtendedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "proposalId", 1, true )]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("uint64", "extendedDeadline", 2, false )]
        public virtual ulong ExtendedDeadline { get; set; }
    }

    public partial class ProposalQueuedEventDTO : ProposalQueuedEventDTOBase { }

    [Event("ProposalQueued")]
    public class ProposalQueuedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "proposalId", 1, false )]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("uint256", "etaSeconds", 2, false )]
        public virtual BigInteger EtaSeconds { get; set; }
    }

    public partial class QuorumNumeratorUpdatedEventDTO : QuorumNumeratorUpdatedEventDTOBase { }

    [Event("QuorumNumeratorUpdated")]
    public class QuorumNumeratorUpdatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "oldQuorumNumerator", 1, false )]
        public virtual BigInteger OldQuorumNumerator { get; set; }
        [Parameter("uint256", "newQuorumNumerator", 2, false )]
        public virtual BigInteger NewQuorumNumerator { get; set; }
    }

    public partial class VoteCastEventDTO : VoteCastEventDTOBase { }

    [Event("VoteCast")]
    public class VoteCastEventDTOBase : IEventDTO
    {
        [Parameter("address", "voter", 1, true )]
        public virtual string Voter { get; set; }
        [Parameter("uint256", "proposalId", 2, false )]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("uint8", "support", 3, false )]
        public virtual byte Support { get; set; }
        [Parameter("uint256", "weight", 4, false )]
        public virtual BigInteger Weight { get; set; }
        [Parameter("string", "reason", 5, false )]
        public virtual string Reason { get; set; }
    }

    public partial class VoteCastWithParamsEventDTO : VoteCastWithParamsEventDTOBase { }

    [Event("VoteCastWithParams")]
    public class VoteCastWithParamsEventDTOBase : IEventDTO
    {
        [Parameter("address", "voter", 1, true )]
        public virtual string Voter { get; set; }
        [Parameter("uint256", "proposalId", 2, false )]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("uint8", "support", 3, false )]
        public virtual byte Support { get; set; }
        [Parameter("uint256", "weight", 4, false )]
        public virtual BigInteger Weight { get; set; }
        [Parameter("string", "reason", 5, false )]
        public virtual string Reason { get; set; }
        [Parameter("bytes", "params", 6, false )]
        public virtual byte[] Params { get; set; }
    }

    public partial class CheckpointUnorderedInsertionError : CheckpointUnorderedInsertionErrorBase { }
    [Error("CheckpointUnorderedInsertion")]
    public class CheckpointUnorderedInsertionErrorBase : IErrorDTO
    {
    }

    public partial class ERC6372InconsistentClockError : ERC6372InconsistentClockErrorBase { }
    [Error("ERC6372InconsistentClock")]
    public class ERC6372InconsistentClockErrorBase : IErrorDTO
    {
    }

    public partial class FailedCallError : FailedCallErrorBase { }
    [Error("FailedCall")]
    public class FailedCallErrorBase : IErrorDTO
    {
    }

    public partial class GovernorAlreadyCastVoteError : GovernorAlreadyCastVoteErrorBase { }

    [Error("GovernorAlreadyCastVote")]
    public class GovernorAlreadyCastVoteErrorBase : IErrorDTO
    {
        [Parameter("address", "voter", 1)]
        public virtual string Voter { get; set; }
    }

    public partial class GovernorAlreadyQueuedProposalError : GovernorAlreadyQueuedProposalErrorBase { }

    [Error("GovernorAlreadyQueuedProposal")]
    public class GovernorAlreadyQueuedProposalErrorBase : IErrorDTO
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class GovernorDisabledDepositError : GovernorDisabledDepositErrorBase { }
    [Error("GovernorDisabledDeposit")]
    public class GovernorDisabledDepositErrorBase : IErrorDTO
    {
    }

    public partial class GovernorInsufficientProposerVotesError : GovernorInsufficientProposerVotesErrorBase { }

    [Error("GovernorInsufficientProposerVotes")]
    public class GovernorInsufficientProposerVotesErrorBase : IErrorDTO
    {
        [Parameter("address", "proposer", 1)]
        public virtual string Proposer { get; set; }
        [Parameter("uint256", "votes", 2)]
        public virtual BigInteger Votes { get; set; }
        [Parameter("uint256", "threshold", 3)]
        public virtual BigInteger Threshold { get; set; }
    }

    public partial class GovernorInvalidProposalLengthError : GovernorInvalidProposalLengthErrorBase { }

    [Error("GovernorInvalidProposalLength")]
    public class GovernorInvalidProposalLengthErrorBase : IErrorDTO
    {
        [Parameter("uint256", "targets", 1)]
        public virtual BigInteger Targets { get; set; }
        [Parameter("uint256", "calldatas", 2)]
        public virtual BigInteger Calldatas { get; set; }
        [Parameter("uint256", "values", 3)]
        public virtual BigInteger Values { get; set; }
    }

    public partial class GovernorInvalidQuorumFractionError : GovernorInvalidQuorumFractionErrorBase { }

    [Error("GovernorInvalidQuorumFraction")]
    public class GovernorInvalidQuorumFractionErrorBase : IErrorDTO
    {
        [Parameter("uint256", "quorumNumerator", 1)]
        public virtual BigInteger QuorumNumerator { get; set; }
        [Parameter("uint256", "quorumDenominator", 2)]
        public virtual BigInteger QuorumDenominator { get; set; }
    }

    public partial class GovernorInvalidSignatureError : GovernorInvalidSignatureErrorBase { }

    [Error("GovernorInvalidSignature")]
    public class GovernorInvalidSignatureErrorBase : IErrorDTO
    {
        [Parameter("address", "voter", 1)]
        public virtual string Voter { get; set; }
    }

    public partial class GovernorInvalidVoteParamsError : GovernorInvalidVoteParamsErrorBase { }
    [Error("GovernorInvalidVoteParams")]
    public class GovernorInvalidVoteParamsErrorBase : IErrorDTO
    {
    }

    public partial class GovernorInvalidVoteTypeError : GovernorInvalidVoteTypeErrorBase { }
    [Error("GovernorInvalidVoteType")]
    public class GovernorInvalidVoteTypeErrorBase : IErrorDTO
    {
    }

    public partial class GovernorInvalidVotingPeriodError : GovernorInvalidVotingPeriodErrorBase { }

    [Error("GovernorInvalidVotingPeriod")]
    public class GovernorInvalidVotingPeriodErrorBase : IErrorDTO
    {
        [Parameter("uint256", "votingPeriod", 1)]
        public virtual BigInteger VotingPeriod { get; set; }
    }

    public partial class GovernorNonexistentProposalError : GovernorNonexistentProposalErrorBase { }

    [Error("GovernorNonexistentProposal")]
    public class GovernorNonexistentProposalErrorBase : IErrorDTO
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class GovernorOnlyExecutorError : GovernorOnlyExecutorErrorBase { }

    [Error("GovernorOnlyExecutor")]
    public class GovernorOnlyExecutorErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class GovernorPreventLateQuorumVoteExtensionTooLargeError : GovernorPreventLateQuorumVoteExtensionTooLargeErrorBase { }

    [Error("GovernorPreventLateQuorumVoteExtensionTooLarge")]
    public class GovernorPreventLateQuorumVoteExtensionTooLargeErrorBase : IErrorDTO
    {
        [Parameter("uint256", "newVoteExtension", 1)]
        public virtual BigInteger NewVoteExtension { get; set; }
        [Parameter("uint256", "maxVoteExtension", 2)]
        public virtual BigInteger MaxVoteExtension { get; set; }
    }

    public partial class GovernorProposalQueueingFailedError : GovernorProposalQueueingFailedErrorBase { }

    [Error("GovernorProposalQueueingFailed")]
    public class GovernorProposalQueueingFailedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class GovernorProposalQueueingNotRequiredError : GovernorProposalQueueingNotRequiredErrorBase { }

    [Error("GovernorProposalQueueingNotRequired")]
    public class GovernorProposalQueueingNotRequiredErrorBase : IErrorDTO
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
    }

    public partial class GovernorRestrictedProposerError : GovernorRestrictedProposerErrorBase { }

    [Error("GovernorRestrictedProposer")]
    public class GovernorRestrictedProposerErrorBase : IErrorDTO
    {
        [Parameter("address", "proposer", 1)]
        public virtual string Proposer { get; set; }
    }

    public partial class GovernorUnableToCancelError : GovernorUnableToCancelErrorBase { }

    [Error("GovernorUnableToCancel")]
    public class GovernorUnableToCancelErrorBase : IErrorDTO
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class GovernorUnexpectedProposalStateError : GovernorUnexpectedProposalStateErrorBase { }

    [Error("GovernorUnexpectedProposalState")]
    public class GovernorUnexpectedProposalStateErrorBase : IErrorDTO
    {
        [Parameter("uint256", "proposalId", 1)]
        public virtual BigInteger ProposalId { get; set; }
        [Parameter("uint8", "current", 2)]
        public virtual byte Current { get; set; }
        [Parameter("bytes32", "expectedStates", 3)]
        public virtual byte[] ExpectedStates { get; set; }
    }

    public partial class InvalidAccountNonceError : InvalidAccountNonceErrorBase { }

    [Error("InvalidAccountNonce")]
    public class InvalidAccountNonceErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "currentNonce", 2)]
        public virtual BigInteger CurrentNonce { get; set; }
    }

    public partial class InvalidShortStringError : InvalidShortStringErrorBase { }
    [Error("InvalidShortString")]
    public class InvalidShortStringErrorBase : IErrorDTO
    {
    }

    public partial class SafeCastOverflowedUintDowncastError : SafeCastOverflowedUintDowncastErrorBase { }

    [Error("SafeCastOverflowedUintDowncast")]
    public class SafeCastOverflowedUintDowncastErrorBase : IErrorDTO
    {
        [Parameter("uint8", "bits", 1)]
        public virtual byte Bits { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class StringTooLongError : StringTooLongErrorBase { }

    [Error("StringTooLong")]
    public class StringTooLongErrorBase : IErrorDTO
    {
        [Parameter("string", "str", 1)]
        public virtual string Str { get; set; }
    }

    public partial class BallotTypehashOutputDTO : BallotTypehashOutputDTOBase { }

    [FunctionOutput]
    public class BallotTypehashOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class ClockModeOutputDTO : ClockModeOutputDTOBase { }

    [FunctionOutput]
    public class ClockModeOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class CountingModeOutputDTO : CountingModeOutputDTOBase { }

    [FunctionOutput]
    public class CountingModeOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class ExtendedBallotTypehashOutputDTO : ExtendedBallotTypehashOutputDTOBase { }

    [FunctionOutput]
    public class ExtendedBallotTypehashOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }













    public partial class ClockOutputDTO : ClockOutputDTOBase { }

    [FunctionOutput]
    public class ClockOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint48", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class Eip712DomainOutputDTO : Eip712DomainOutputDTOBase { }

    [FunctionOutput]
    public class Eip712DomainOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bytes1", "fields", 1)]
        public virtual byte[] Fields { get; set; }
        [Parameter("string", "name", 2)]
        public virtual string Name { get; set; }
        [Parameter("string", "version", 3)]
        public virtual string Version { get; set; }
        [Parameter("uint256", "chainId", 4)]
        public virtual BigInteger ChainId { get; set; }
        [Parameter("address", "verifyingContract", 5)]
        public virtual string VerifyingContract { get; set; }
        [Parameter("bytes32", "salt", 6)]
        public virtual byte[] Salt { get; set; }
        [Parameter("uint256[]", "extensions", 7)]
        public virtual List<BigInteger> Extensions { get; set; }
    }



    public partial class GetProposalIdOutputDTO : GetProposalIdOutputDTOBase { }

    [FunctionOutput]
    public class GetProposalIdOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class GetVotesOutputDTO : GetVotesOutputDTOBase { }

    [FunctionOutput]
    public class GetVotesOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class GetVotesWithParamsOutputDTO : GetVotesWithParamsOutputDTOBase { }

    [FunctionOutput]
    public class GetVotesWithParamsOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class HasVotedOutputDTO : HasVotedOutputDTOBase { }

    [FunctionOutput]
    public class HasVotedOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class HashProposalOutputDTO : HashProposalOutputDTOBase { }

    [FunctionOutput]
    public class HashProposalOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class LateQuorumVoteExtensionOutputDTO : LateQuorumVoteExtensionOutputDTOBase { }

    [FunctionOutput]
    public class LateQuorumVoteExtensionOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint48", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class NameOutputDTO : NameOutputDTOBase { }

    [FunctionOutput]
    public class NameOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class NoncesOutputDTO : NoncesOutputDTOBase { }

    [FunctionOutput]
    public class NoncesOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }







    public partial class ProposalDeadlineOutputDTO : ProposalDeadlineOutputDTOBase { }

    [FunctionOutput]
    public class ProposalDeadlineOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ProposalEtaOutputDTO : ProposalEtaOutputDTOBase { }

    [FunctionOutput]
    public class ProposalEtaOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ProposalNeedsQueuingOutputDTO : ProposalNeedsQueuingOutputDTOBase { }

    [FunctionOutput]
    public class ProposalNeedsQueuingOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class ProposalProposerOutputDTO : ProposalProposerOutputDTOBase { }

    [FunctionOutput]
    public class ProposalProposerOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class ProposalSnapshotOutputDTO : ProposalSnapshotOutputDTOBase { }

    [FunctionOutput]
    public class ProposalSnapshotOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ProposalThresholdOutputDTO : ProposalThresholdOutputDTOBase { }

    [FunctionOutput]
    public class ProposalThresholdOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ProposalVotesOutputDTO : ProposalVotesOutputDTOBase { }

    [FunctionOutput]
    public class ProposalVotesOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "againstVotes", 1)]
        public virtual BigInteger AgainstVotes { get; set; }
        [Parameter("uint256", "forVotes", 2)]
        public virtual BigInteger ForVotes { get; set; }
        [Parameter("uint256", "abstainVotes", 3)]
        public virtual BigInteger AbstainVotes { get; set; }
    }





    public partial class QuorumOutputDTO : QuorumOutputDTOBase { }

    [FunctionOutput]
    public class QuorumOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class QuorumDenominatorOutputDTO : QuorumDenominatorOutputDTOBase { }

    [FunctionOutput]
    public class QuorumDenominatorOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class QuorumNumerator1OutputDTO : QuorumNumerator1OutputDTOBase { }

    [FunctionOutput]
    public class QuorumNumerator1OutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class QuorumNumeratorOutputDTO : QuorumNumeratorOutputDTOBase { }

    [FunctionOutput]
    public class QuorumNumeratorOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }





    public partial class StateOutputDTO : StateOutputDTOBase { }

    [FunctionOutput]
    public class StateOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }

    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class TokenOutputDTO : TokenOutputDTOBase { }

    [FunctionOutput]
    public class TokenOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }



    public partial class VersionOutputDTO : VersionOutputDTOBase { }

    [FunctionOutput]
    public class VersionOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class VotingDelayOutputDTO : VotingDelayOutputDTOBase { }

    [FunctionOutput]
    public class VotingDelayOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class VotingPeriodOutputDTO : VotingPeriodOutputDTOBase { }

    [FunctionOutput]
    public class VotingPeriodOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }
}
