using System.Numerics;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Indexing;
using EmissionsDao.Chain.Tests.Audits;
using EmissionsDao.Chain.Tests.Infrastructure;
using EmissionsDao.Core.Data.ChainIndex;
using Microsoft.EntityFrameworkCore;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Indexing;

/// <summary>The indexer against the real anvil chain and a real SQLite file: a whole audit lifecycle, crashes and replays.</summary>
[Collection(AnvilCollection.Name)]
public sealed class ChainIndexerTests(AnvilFixture chain) : IAsyncLifetime
{
    private const string Subject = "ACME Ltd / electricity";
    private readonly AuditTestKit _kit = new(chain);
    private IndexedDatabase _database = default!;

    public async Task InitializeAsync()
    {
        await chain.ResetAsync();
        _database = await IndexedDatabase.CreateAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Events_of_a_real_audit_lifecycle_land_in_the_database_with_their_derived_rows()
    {
        var notifier = new ChainIndexNotifier();
        var published = new List<ChainEventsIndexed>();
        notifier.EventsIndexed += published.Add;
        var (tokenId, january, march) = await RunLifecycleAsync();

        var stored = await _database.Indexer(chain, notifier: notifier).CatchUpAsync();

        Assert.True(stored > 0);
        Assert.Contains(published, p => p.EventNames.Contains("TokenRetired"));
        var names = await _database.QueryAsync(db => db.ChainEvents.Select(e => e.EventName).Distinct().ToListAsync());
        Assert.Superset(
            new HashSet<string> { "RequestCreated", "PanelDrawn", "ResultCommitted", "ResultRevealed", "RequestIssued", "PaymentCredited", "Withdrawn", "RecordWritten", "RecordTokenized", "TokenMinted", "TokenRetired", "ReputationChanged" },
            names.ToHashSet());

        var records = await _database.QueryAsync(db => db.ChainRecords.OrderBy(r => r.StartDate).ToListAsync());
        Assert.Equal([(long)january.RecordId, (long)march.RecordId], records.Select(r => r.RecordId));
        Assert.All(records, r => Assert.Equal(Hash(Subject).ToHexLower(), r.SubjectKey));
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 1)], records.Select(r => r.StartDate));
        Assert.Equal([1_000L, 3_000L], records.Select(r => r.Grams));
        Assert.Equal((long)tokenId, records[0].TokenId);
        Assert.Null(records[1].TokenId);

        var token = await _database.QueryAsync(db => db.ChainTokens.SingleAsync());
        Assert.Equal(Account("Grace").Address.ToLowerInvariant(), token.Holder);
        Assert.True(token.Retired);
        Assert.Equal(1_000, token.Grams);

        var requests = await _database.QueryAsync(db => db.ChainAuditRequests.OrderBy(r => r.RequestId).ToListAsync());
        Assert.Equal(["Issued", "Issued"], requests.Select(r => r.Status));
        Assert.All(requests, r => Assert.Equal(1, r.Reveals));

        // The treasury conserves money: fees in = auditor payouts + protocol share (+ refunds, none here).
        var flows = await _database.QueryAsync(db => db.ChainTreasuryFlows.ToListAsync());
        BigInteger Sum(TreasuryFlowKind kind) => flows.Where(f => f.Kind == kind).Aggregate(BigInteger.Zero, (total, f) => total + BigInteger.Parse(f.Amount));
        Assert.Equal(2 * Fee, Sum(TreasuryFlowKind.FeeIn));
        Assert.Equal(Sum(TreasuryFlowKind.FeeIn), Sum(TreasuryFlowKind.AuditorPayout) + Sum(TreasuryFlowKind.ProtocolShare) + Sum(TreasuryFlowKind.Refund));
        Assert.True(Sum(TreasuryFlowKind.ProtocolShare) > 0);
        Assert.True(Sum(TreasuryFlowKind.Withdrawal) > 0);
    }

    [Fact]
    public async Task A_crash_after_a_batch_before_its_checkpoint_and_a_stop_between_batches_lose_nothing_and_apply_nothing_twice()
    {
        await RunLifecycleAsync();
        await using var reference = await IndexedDatabase.CreateAsync();
        await reference.Indexer(chain).CatchUpAsync();

        // First run: stopped between batches (cancelled once the second batch has committed).
        using var stop = new CancellationTokenSource();
        var first = _database.Indexer(chain, batchSize: 7);
        var batches = 0;
        first.BeforeCheckpoint = (_, _) =>
        {
            if (++batches == 2)
            {
                stop.Cancel();
            }

            return Task.CompletedTask;
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.CatchUpAsync(stop.Token));

        // Second run (a restart): crashes inside its third batch (or the first after it that stores events), after the batch's events are written and before its checkpoint.
        var second = _database.Indexer(chain, batchSize: 7);
        var secondBatches = 0;
        ChainIndexBatch? crashed = null;
        second.BeforeCheckpoint = (batch, _) =>
        {
            if (++secondBatches >= 3 && batch.EventsStored > 0 && crashed is null)
            {
                crashed = batch;
                throw new InvalidOperationException("simulated crash");
            }

            return Task.CompletedTask;
        };
        while (crashed is null)
        {
            try
            {
                if ((await second.IndexNextBatchAsync()).CaughtUp)
                {
                    break;
                }
            }
            catch (InvalidOperationException) when (crashed is not null)
            {
            }
        }

        Assert.NotNull(crashed);
        var checkpoint = await _database.QueryAsync(db => db.ChainCheckpoints.SingleAsync());
        Assert.Equal(crashed.FromBlock - 1, checkpoint.LastProcessedBlock);
        Assert.False(await _database.QueryAsync(db => db.ChainEvents.AnyAsync(e => e.BlockNumber >= crashed.FromBlock)));

        // Third run: resumes from the checkpoint and ends exactly where an uninterrupted indexer ends.
        await _database.Indexer(chain, batchSize: 7).CatchUpAsync();

        Assert.Equal(await reference.SnapshotAsync(), await _database.SnapshotAsync());
    }

    [Fact]
    public async Task Replaying_an_indexed_range_changes_nothing()
    {
        await RunLifecycleAsync();
        await _database.Indexer(chain, batchSize: 5).CatchUpAsync();
        var before = await _database.SnapshotAsync();
        var head = await _database.QueryAsync(db => db.ChainCheckpoints.SingleAsync());

        await _database.QueryAsync(db => db.ChainCheckpoints.ExecuteUpdateAsync(c => c
            .SetProperty(x => x.LastProcessedBlock, 0)
            .SetProperty(x => x.LastProcessedBlockHash, (string?)null)));
        var replayed = await _database.Indexer(chain, batchSize: 5).CatchUpAsync();

        Assert.Equal(0, replayed);
        Assert.Equal(before, await _database.SnapshotAsync());
        Assert.Equal(head.LastProcessedBlock, (await _database.QueryAsync(db => db.ChainCheckpoints.SingleAsync())).LastProcessedBlock);
    }

    [Fact]
    public async Task A_chain_that_no_longer_has_the_checkpoint_block_is_indexed_afresh()
    {
        var (_, january, _) = await RunLifecycleAsync();
        await _database.Indexer(chain).CatchUpAsync();

        await chain.ResetAsync();
        await new AuditTestKit(chain).IssueAsync("Erin", "another subject", Day(2025, 6, 1), Day(2025, 6, 30), 42);
        await _database.Indexer(chain).CatchUpAsync();

        var records = await _database.QueryAsync(db => db.ChainRecords.ToListAsync());
        Assert.Equal(42, Assert.Single(records).Grams);
        Assert.Equal((long)january.RecordId, records[0].RecordId);
    }

    /// <summary>January and March issued for one subject; January minted into a token, moved to Grace and retired; the auditors withdraw.</summary>
    private async Task<(BigInteger TokenId, (BigInteger RequestId, BigInteger RecordId, string Auditor) January, (BigInteger RequestId, BigInteger RecordId, string Auditor) March)> RunLifecycleAsync()
    {
        var january = await _kit.IssueAsync("Alice", Subject, Day(2025, 1, 1), Day(2025, 1, 31), 1_000);
        var march = await _kit.IssueAsync("Alice", Subject, Day(2025, 3, 1), Day(2025, 3, 31), 3_000);
        var tokenId = await _kit.Service.MintTokenAsync(_kit.Sender("Alice"), [january.RecordId]);
        await _kit.Service.TransferTokenAsync(_kit.Sender("Alice"), Account("Grace").Address, tokenId);
        await _kit.Service.RetireTokenAsync(_kit.Sender("Grace"), tokenId);
        await _kit.Service.WithdrawAsync(_kit.Sender(january.Auditor));
        return (tokenId, january, march);
    }
}

internal static class HexExtensions
{
    public static string ToHexLower(this byte[] bytes) => "0x" + Convert.ToHexStringLower(bytes);
}
