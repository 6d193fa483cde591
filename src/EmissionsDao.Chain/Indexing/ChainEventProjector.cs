using System.Numerics;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Deployment;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Data.ChainIndex;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Erc20 = EmissionsDao.Chain.Contracts.Generated.TestStablecoin.ContractDefinition;
using GovernorEvents = EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using RecordEvents = EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition;
using Registry = EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using ReputationEvents = EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition;
using ReviewEvents = EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition;
using TokenEvents = EmissionsDao.Chain.Contracts.Generated.EmissionsTokens.ContractDefinition;

namespace EmissionsDao.Chain.Indexing;

/// <summary>Where a log sits on chain, for the rows derived from it.</summary>
internal sealed record LogPosition(long BlockNumber, int LogIndex, long BlockTimestamp);

/// <summary>
/// Decodes the logs of the portal's contracts and applies each to the index: the event row and the derived tables
/// (requests, records, tokens, treasury flows, proposals, auditors). The caller applies a log only once: the
/// (block, log index) of every stored event is unique, so replaying a range never applies a log twice.
/// </summary>
internal sealed class ChainEventProjector
{
    private readonly Dictionary<(string Address, string Topic), Handler> _handlers = [];
    private readonly string _timelock;

    public ChainEventProjector(ContractAddresses addresses)
    {
        _timelock = Lower(addresses.Timelock);
        Watched = [.. addresses.All().Where(a => a.Contract != nameof(ContractAddresses.Timelock) && a.Address is not null).Select(a => a.Address!)];

        var registry = addresses.AuditRegistry;
        On<Registry.RequestCreatedEventDTO>(registry, "AuditRegistry", e => (long)e.RequestId, e => e.Requester, RequestCreatedAsync);
        On<Registry.PanelDrawnEventDTO>(registry, "AuditRegistry", e => (long)e.RequestId, _ => null, PanelDrawnAsync);
        On<Registry.ResultCommittedEventDTO>(registry, "AuditRegistry", e => (long)e.RequestId, e => e.Auditor, (e, db, _) => UpdateRequestAsync(db, e.RequestId, r => r.Commits++));
        On<Registry.ResultRevealedEventDTO>(registry, "AuditRegistry", e => (long)e.RequestId, e => e.Auditor, (e, db, _) => UpdateRequestAsync(db, e.RequestId, r => r.Reveals++));
        On<Registry.RequestIssuedEventDTO>(registry, "AuditRegistry", e => (long)e.RequestId, _ => null, (e, db, _) => UpdateRequestAsync(db, e.RequestId, r =>
        {
            r.Status = "Issued";
            r.Grams = (long)e.Grams;
            r.RecordId = (long)e.RecordId;
        }));
        On<Registry.RequestDeclinedEventDTO>(registry, "AuditRegistry", e => (long)e.RequestId, _ => null, (e, db, _) => UpdateRequestAsync(db, e.RequestId, r =>
        {
            r.Status = "Declined";
            r.DeclineReason = e.ReasonCode;
        }));
        On<Registry.RequestEscalatedEventDTO>(registry, "AuditRegistry", e => (long)e.RequestId, _ => null, (e, db, _) => UpdateRequestAsync(db, e.RequestId, r => r.Status = "Escalated"));
        On<Registry.EscalationResolvedEventDTO>(registry, "AuditRegistry", e => (long)e.RequestId, _ => null, NoDerivedRows);
        On<Registry.RequestRefundedEventDTO>(registry, "AuditRegistry", e => (long)e.RequestId, _ => null, (e, db, _) => UpdateRequestAsync(db, e.RequestId, r => r.Status = "Refunded"));
        On<Registry.PaymentCreditedEventDTO>(registry, "AuditRegistry", e => (long)e.RequestId, e => e.Payee, PaymentCreditedAsync);
        On<Registry.WithdrawnEventDTO>(registry, "AuditRegistry", _ => null, e => e.Payee, (e, db, at) =>
            AddFlow(db, at, TreasuryFlowKind.Withdrawal, e.Token, e.Payee, null, e.Amount));
        On<Registry.AuditorAddedEventDTO>(registry, "AuditRegistry", _ => null, e => e.Auditor, NoDerivedRows);
        On<Registry.AuditorRemovedEventDTO>(registry, "AuditRegistry", _ => null, e => e.Auditor, NoDerivedRows);

        On<RecordEvents.RecordWrittenEventDTO>(addresses.EmissionsRecords, "EmissionsRecords", e => (long)e.RequestId, e => e.Owner, RecordWrittenAsync);
        On<RecordEvents.RecordTokenizedEventDTO>(addresses.EmissionsRecords, "EmissionsRecords", _ => null, _ => null, RecordTokenizedAsync);

        On<TokenEvents.TokenMintedEventDTO>(addresses.EmissionsTokens, "EmissionsTokens", _ => null, e => e.Holder, TokenMintedAsync);
        On<TokenEvents.TransferEventDTO>(addresses.EmissionsTokens, "EmissionsTokens", _ => null, e => e.To, TokenTransferredAsync);
        On<TokenEvents.TokenRetiredEventDTO>(addresses.EmissionsTokens, "EmissionsTokens", _ => null, e => e.Holder, TokenRetiredAsync);

        On<ReputationEvents.ReputationChangedEventDTO>(addresses.AuditorReputation, "AuditorReputation", _ => null, e => e.Account, ReputationChangedAsync);
        On<ReputationEvents.AuditorStatusChangedEventDTO>(addresses.AuditorReputation, "AuditorReputation", _ => null, e => e.Account, AuditorStatusChangedAsync);

        On<ReviewEvents.ReviewedEventDTO>(addresses.AuditReviews, "AuditReviews", e => (long)e.RequestId, e => e.Reviewer, NoDerivedRows);
        On<ReviewEvents.AuditorRatedEventDTO>(addresses.AuditReviews, "AuditReviews", e => (long)e.RequestId, e => e.Auditor, NoDerivedRows);

        On<GovernorEvents.ProposalCreatedEventDTO>(addresses.Governor, "EmissionsGovernor", _ => null, e => e.Proposer, ProposalCreatedAsync);
        On<GovernorEvents.VoteCastEventDTO>(addresses.Governor, "EmissionsGovernor", _ => null, e => e.Voter, VoteCastAsync);
        On<GovernorEvents.ProposalQueuedEventDTO>(addresses.Governor, "EmissionsGovernor", _ => null, _ => null, (e, db, _) => UpdateProposalAsync(db, e.ProposalId, p => p.Eta = (long)e.EtaSeconds));
        On<GovernorEvents.ProposalExecutedEventDTO>(addresses.Governor, "EmissionsGovernor", _ => null, _ => null, (e, db, _) => UpdateProposalAsync(db, e.ProposalId, p => p.Executed = true));
        On<GovernorEvents.ProposalCanceledEventDTO>(addresses.Governor, "EmissionsGovernor", _ => null, _ => null, (e, db, _) => UpdateProposalAsync(db, e.ProposalId, p => p.Canceled = true));

        // Money held by the treasury: only the token transfers to or from the timelock are kept.
        OnTreasuryTransfers(addresses.FeeToken, "FeeToken");
        OnTreasuryTransfers(addresses.GovernanceToken, "GovernanceToken");
    }

    private delegate Task DerivedRows<in TEvent>(TEvent decoded, EmissionsDbContext db, LogPosition at);

    private sealed record Handler(string Contract, string EventName, Func<FilterLog, EmissionsDbContext, LogPosition, Task<IndexedChainEvent?>> ApplyAsync);

    /// <summary>The contracts whose logs the indexer reads.</summary>
    public IReadOnlyList<string> Watched { get; }

    /// <summary>Applies one log: adds its event row and updates the derived rows; null when the log is not one the index keeps.</summary>
    public Task<IndexedChainEvent?> ApplyAsync(FilterLog log, EmissionsDbContext db, LogPosition at)
    {
        var topic = log.Topics is { Length: > 0 } ? log.Topics[0]?.ToString() : null;
        return topic is not null && _handlers.TryGetValue((Lower(log.Address), topic.ToLowerInvariant()), out var handler)
            ? handler.ApplyAsync(log, db, at)
            : Task.FromResult<IndexedChainEvent?>(null);
    }

    private void On<TEvent>(string? address, string contract, Func<TEvent, long?> requestId, Func<TEvent, string?> account, DerivedRows<TEvent> apply)
        where TEvent : IEventDTO, new()
    {
        if (address is null)
        {
            return;
        }

        var abi = ABITypedRegistry.GetEvent<TEvent>();
        _handlers[(Lower(address), "0x" + abi.Sha3Signature.ToLowerInvariant())] = new Handler(contract, abi.Name, async (log, db, at) =>
        {
            var decoded = log.DecodeEvent<TEvent>().Event;
            var row = new IndexedChainEvent
            {
                BlockNumber = at.BlockNumber,
                LogIndex = at.LogIndex,
                BlockTimestamp = at.BlockTimestamp,
                TransactionHash = log.TransactionHash,
                Contract = contract,
                EventName = abi.Name,
                RequestId = requestId(decoded),
                Account = account(decoded) is { } a ? Lower(a) : null,
                PayloadJson = EventPayload.ToJson(decoded),
            };
            db.ChainEvents.Add(row);
            await apply(decoded, db, at);
            return row;
        });
    }

    private void OnTreasuryTransfers(string? token, string contract)
    {
        if (token is null)
        {
            return;
        }

        var abi = ABITypedRegistry.GetEvent<Erc20.TransferEventDTO>();
        _handlers[(Lower(token), "0x" + abi.Sha3Signature.ToLowerInvariant())] = new Handler(contract, abi.Name, async (log, db, at) =>
        {
            var transfer = log.DecodeEvent<Erc20.TransferEventDTO>().Event;
            var (from, to) = (Lower(transfer.From), Lower(transfer.To));
            if (from != _timelock && to != _timelock)
            {
                return null;
            }

            var row = new IndexedChainEvent
            {
                BlockNumber = at.BlockNumber,
                LogIndex = at.LogIndex,
                BlockTimestamp = at.BlockTimestamp,
                TransactionHash = log.TransactionHash,
                Contract = contract,
                EventName = abi.Name,
                Account = to == _timelock ? from : to,
                PayloadJson = EventPayload.ToJson(transfer),
            };
            db.ChainEvents.Add(row);
            await AddFlow(db, at, to == _timelock ? TreasuryFlowKind.TreasuryIn : TreasuryFlowKind.TreasuryOut, token, to == _timelock ? from : to, null, transfer.Value);
            return row;
        });
    }

    private static Task NoDerivedRows<TEvent>(TEvent decoded, EmissionsDbContext db, LogPosition at) => Task.CompletedTask;

    private static async Task RequestCreatedAsync(Registry.RequestCreatedEventDTO e, EmissionsDbContext db, LogPosition at)
    {
        db.ChainAuditRequests.Add(new IndexedAuditRequest
        {
            RequestId = (long)e.RequestId,
            Requester = Lower(e.Requester),
            SubjectKey = e.SubjectKey.ToHex(prefix: true),
            StartDate = ChainDays.ToDate(e.PeriodStart),
            EndDate = ChainDays.ToDate(e.PeriodEnd),
            ActivityHash = e.ActivityHash.ToHex(prefix: true),
            FactorSetHash = e.FactorSetHash.ToHex(prefix: true),
            FeeToken = Lower(e.FeeToken),
            Fee = e.Fee.ToString(),
            Status = "Open",
            CreatedBlock = at.BlockNumber,
            CreatedTimestamp = at.BlockTimestamp,
        });
        await AddFlow(db, at, TreasuryFlowKind.FeeIn, e.FeeToken, e.Requester, (long)e.RequestId, e.Fee);
    }

    private static Task PanelDrawnAsync(Registry.PanelDrawnEventDTO e, EmissionsDbContext db, LogPosition at) =>
        UpdateRequestAsync(db, e.RequestId, r => r.Panel = string.Join(',', e.Auditors.Select(Lower)));

    private async Task PaymentCreditedAsync(Registry.PaymentCreditedEventDTO e, EmissionsDbContext db, LogPosition at)
    {
        var payee = Lower(e.Payee);
        var request = await db.ChainAuditRequests.FindAsync((long)e.RequestId);
        var kind = payee == _timelock ? TreasuryFlowKind.ProtocolShare
            : request is not null && request.Requester == payee ? TreasuryFlowKind.Refund
            : TreasuryFlowKind.AuditorPayout;
        await AddFlow(db, at, kind, e.Token, payee, (long)e.RequestId, e.Amount);
    }

    private static async Task RecordWrittenAsync(RecordEvents.RecordWrittenEventDTO e, EmissionsDbContext db, LogPosition at)
    {
        db.ChainRecords.Add(new IndexedEmissionsRecord
        {
            RecordId = (long)e.RecordId,
            SubjectKey = e.SubjectKey.ToHex(prefix: true),
            Owner = Lower(e.Owner),
            StartDate = ChainDays.ToDate(e.StartDay),
            EndDate = ChainDays.ToDate(e.EndDay),
            Grams = (long)e.Grams,
            RequestId = (long)e.RequestId,
            WrittenBlock = at.BlockNumber,
            WrittenTimestamp = at.BlockTimestamp,
        });
        await Task.CompletedTask;
    }

    private static async Task RecordTokenizedAsync(RecordEvents.RecordTokenizedEventDTO e, EmissionsDbContext db, LogPosition at)
    {
        if (await db.ChainRecords.FindAsync((long)e.RecordId) is { } record)
        {
            record.TokenId = (long)e.TokenId;
        }
    }

    private static Task TokenMintedAsync(TokenEvents.TokenMintedEventDTO e, EmissionsDbContext db, LogPosition at)
    {
        db.ChainTokens.Add(new IndexedEmissionsToken
        {
            TokenId = (long)e.TokenId,
            SubjectKey = e.SubjectKey.ToHex(prefix: true),
            Holder = Lower(e.Holder),
            StartDate = ChainDays.ToDate(e.StartDay),
            EndDate = ChainDays.ToDate(e.EndDay),
            Grams = (long)e.Grams,
            RecordIds = string.Join(',', e.RecordIds.Select(id => id.ToString())),
            MintedBlock = at.BlockNumber,
            MintedTimestamp = at.BlockTimestamp,
        });
        return Task.CompletedTask;
    }

    private static async Task TokenTransferredAsync(TokenEvents.TransferEventDTO e, EmissionsDbContext db, LogPosition at)
    {
        // Mints and burns carry the zero address: TokenMinted and TokenRetired tell those.
        var to = Lower(e.To);
        if (Lower(e.From) == ZeroAddress || to == ZeroAddress)
        {
            return;
        }

        if (await db.ChainTokens.FindAsync((long)e.TokenId) is { } token)
        {
            token.Holder = to;
        }
    }

    private static async Task TokenRetiredAsync(TokenEvents.TokenRetiredEventDTO e, EmissionsDbContext db, LogPosition at)
    {
        if (await db.ChainTokens.FindAsync((long)e.TokenId) is { } token)
        {
            token.Retired = true;
            token.Holder = Lower(e.Holder);
        }
    }

    private static async Task ReputationChangedAsync(ReputationEvents.ReputationChangedEventDTO e, EmissionsDbContext db, LogPosition at)
    {
        var auditor = await AuditorAsync(db, e.Account);
        auditor.Reputation = e.Value.ToString();
        auditor.LastChangedBlock = at.BlockNumber;
    }

    private static async Task AuditorStatusChangedAsync(ReputationEvents.AuditorStatusChangedEventDTO e, EmissionsDbContext db, LogPosition at)
    {
        var auditor = await AuditorAsync(db, e.Account);
        auditor.IsAuditor = e.Auditor;
        auditor.LastChangedBlock = at.BlockNumber;
    }

    private static async Task<IndexedAuditor> AuditorAsync(EmissionsDbContext db, string account)
    {
        var address = Lower(account);
        if (await db.ChainAuditors.FindAsync(address) is { } existing)
        {
            return existing;
        }

        var added = new IndexedAuditor { Account = address };
        db.ChainAuditors.Add(added);
        return added;
    }

    private static Task ProposalCreatedAsync(GovernorEvents.ProposalCreatedEventDTO e, EmissionsDbContext db, LogPosition at)
    {
        db.ChainProposals.Add(new IndexedProposal
        {
            ProposalId = e.ProposalId.ToString(),
            Proposer = Lower(e.Proposer),
            Description = e.Description,
            VoteStart = (long)e.VoteStart,
            VoteEnd = (long)e.VoteEnd,
            CreatedBlock = at.BlockNumber,
            CreatedTimestamp = at.BlockTimestamp,
        });
        return Task.CompletedTask;
    }

    private static Task VoteCastAsync(GovernorEvents.VoteCastEventDTO e, EmissionsDbContext db, LogPosition at) =>
        UpdateProposalAsync(db, e.ProposalId, p =>
        {
            static string Add(string total, BigInteger weight) => (BigInteger.Parse(total) + weight).ToString();
            switch (e.Support)
            {
                case 0: p.AgainstVotes = Add(p.AgainstVotes, e.Weight); break;
                case 1: p.ForVotes = Add(p.ForVotes, e.Weight); break;
                default: p.AbstainVotes = Add(p.AbstainVotes, e.Weight); break;
            }

            p.Voters++;
        });

    private static async Task UpdateRequestAsync(EmissionsDbContext db, BigInteger requestId, Action<IndexedAuditRequest> update)
    {
        if (await db.ChainAuditRequests.FindAsync((long)requestId) is { } request)
        {
            update(request);
        }
    }

    private static async Task UpdateProposalAsync(EmissionsDbContext db, BigInteger proposalId, Action<IndexedProposal> update)
    {
        if (await db.ChainProposals.FindAsync(proposalId.ToString()) is { } proposal)
        {
            update(proposal);
        }
    }

    private static Task AddFlow(EmissionsDbContext db, LogPosition at, TreasuryFlowKind kind, string token, string account, long? requestId, BigInteger amount)
    {
        db.ChainTreasuryFlows.Add(new TreasuryFlow
        {
            BlockNumber = at.BlockNumber,
            LogIndex = at.LogIndex,
            BlockTimestamp = at.BlockTimestamp,
            Kind = kind,
            Token = Lower(token),
            Account = Lower(account),
            RequestId = requestId,
            Amount = amount.ToString(),
        });
        return Task.CompletedTask;
    }

    private const string ZeroAddress = "0x0000000000000000000000000000000000000000";

    private static string Lower(string? address) => (address ?? string.Empty).ToLowerInvariant();
}
