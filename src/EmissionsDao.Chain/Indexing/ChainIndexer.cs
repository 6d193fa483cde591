using System.Diagnostics;
using EmissionsDao.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace EmissionsDao.Chain.Indexing;

/// <summary>What one call of <see cref="ChainIndexer.IndexNextBatchAsync"/> did.</summary>
public sealed record ChainIndexBatch(long FromBlock, long ToBlock, int EventsStored, bool CaughtUp)
{
    public static ChainIndexBatch NothingNew(long head) => new(head + 1, head, 0, true);
}

/// <summary>
/// Mirrors the portal's contract events into the database, one block range at a time. Each batch is one transaction:
/// the events, the derived rows and the checkpoint commit together, so a crash loses nothing and applies nothing twice;
/// an event already stored (same block and log index) is skipped, so replaying a range changes nothing. When the
/// chain no longer has the checkpoint's block (a dev chain started afresh, a reorganisation) the index is rebuilt.
/// </summary>
public sealed class ChainIndexer(
    IDbContextFactory<EmissionsDbContext> contextFactory,
    ChainRuntime runtime,
    ChainIndexNotifier notifier,
    IOptions<ChainIndexerOptions> options,
    TimeProvider time,
    ILogger<ChainIndexer> logger)
{
    public const string StreamName = "chain-events";

    private ChainEventProjector? _projector;

    /// <summary>Test seam: runs inside the batch's transaction after its events are saved and before the checkpoint commits.</summary>
    internal Func<ChainIndexBatch, CancellationToken, Task>? BeforeCheckpoint { get; set; }

    private ChainConnection Chain => runtime.Connection;

    private ChainEventProjector Projector => _projector ??= new ChainEventProjector(Chain.Addresses);

    /// <summary>Indexes every block up to the head, batch by batch; returns the number of events stored.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var stored = 0;
        while (true)
        {
            var batch = await IndexNextBatchAsync(cancellationToken);
            stored += batch.EventsStored;
            if (batch.CaughtUp)
            {
                return stored;
            }
        }
    }

    /// <summary>Reads and applies the next range of blocks after the checkpoint, at most <see cref="ChainIndexerOptions.BatchSize"/>.</summary>
    public async Task<ChainIndexBatch> IndexNextBatchAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var head = (long)(await Chain.Reader.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value - settings.Confirmations;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var checkpoint = await CurrentCheckpointAsync(db, cancellationToken);
        var from = checkpoint is null ? settings.StartBlock : checkpoint.LastProcessedBlock + 1;
        if (from > head)
        {
            return ChainIndexBatch.NothingNew(head);
        }

        var to = Math.Min(head, from + Math.Max(1, settings.BatchSize) - 1);
        var stopwatch = Stopwatch.StartNew();
        var logs = await Chain.Reader.Eth.Filters.GetLogs.SendRequestAsync(new NewFilterInput
        {
            Address = [.. Projector.Watched],
            FromBlock = new BlockParameter(new HexBigInteger(from)),
            ToBlock = new BlockParameter(new HexBigInteger(to)),
        });
        var ordered = logs
            .Select(log => (Log: log, Block: (long)log.BlockNumber.Value, Index: (int)log.LogIndex.Value))
            .OrderBy(l => l.Block).ThenBy(l => l.Index)
            .ToList();
        var timestamps = new Dictionary<long, long>();
        foreach (var block in ordered.Select(l => l.Block).Distinct())
        {
            timestamps[block] = (long)(await BlockAsync(block)).Timestamp.Value;
        }

        var lastBlock = await BlockAsync(to);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var alreadyStored = (await db.ChainEvents
                .Where(e => e.BlockNumber >= from && e.BlockNumber <= to)
                .Select(e => new { e.BlockNumber, e.LogIndex })
                .ToListAsync(cancellationToken))
            .Select(e => (e.BlockNumber, e.LogIndex))
            .ToHashSet();
        var names = new List<string>();
        foreach (var (log, block, index) in ordered)
        {
            if (alreadyStored.Contains((block, index)))
            {
                continue;
            }

            if (await Projector.ApplyAsync(log, db, new LogPosition(block, index, timestamps[block])) is { } stored)
            {
                names.Add(stored.EventName);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var batch = new ChainIndexBatch(from, to, names.Count, to >= head);
        if (BeforeCheckpoint is { } hook)
        {
            await hook(batch, cancellationToken);
        }

        checkpoint ??= db.ChainCheckpoints.Add(new ChainCheckpoint { Stream = StreamName }).Entity;
        checkpoint.ChainId = Chain.ChainId;
        checkpoint.LastProcessedBlock = to;
        checkpoint.LastProcessedBlockHash = lastBlock.BlockHash;
        checkpoint.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (names.Count > 0)
        {
            logger.LogInformation("Indexed blocks {From}-{To}: {Count} event(s) in {Elapsed} ms", from, to, names.Count, stopwatch.ElapsedMilliseconds);
        }

        notifier.Publish(new ChainEventsIndexed(from, to, names));
        return batch;
    }

    /// <summary>The checkpoint, or null after clearing an index that belongs to another chain or to blocks the chain no longer has.</summary>
    private async Task<ChainCheckpoint?> CurrentCheckpointAsync(EmissionsDbContext db, CancellationToken cancellationToken)
    {
        var checkpoint = await db.ChainCheckpoints.FindAsync([StreamName], cancellationToken);
        if (checkpoint is null)
        {
            return null;
        }

        var block = await Chain.Reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(checkpoint.LastProcessedBlock));
        if (checkpoint.ChainId == Chain.ChainId && block is not null &&
            (checkpoint.LastProcessedBlockHash is null || string.Equals(block.BlockHash, checkpoint.LastProcessedBlockHash, StringComparison.OrdinalIgnoreCase)))
        {
            return checkpoint;
        }

        logger.LogWarning(
            "The chain no longer has block {Block} {Hash} of the index (a new dev chain or a reorganisation): rebuilding the index from block {Start}",
            checkpoint.LastProcessedBlock,
            checkpoint.LastProcessedBlockHash,
            options.Value.StartBlock);
        await ClearAsync(db, cancellationToken);
        return null;
    }

    private static async Task ClearAsync(EmissionsDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ChainEvents.ExecuteDeleteAsync(cancellationToken);
        await db.ChainAuditRequests.ExecuteDeleteAsync(cancellationToken);
        await db.ChainRecords.ExecuteDeleteAsync(cancellationToken);
        await db.ChainTokens.ExecuteDeleteAsync(cancellationToken);
        await db.ChainTreasuryFlows.ExecuteDeleteAsync(cancellationToken);
        await db.ChainProposals.ExecuteDeleteAsync(cancellationToken);
        await db.ChainAuditors.ExecuteDeleteAsync(cancellationToken);
        await db.ChainCheckpoints.Where(c => c.Stream == StreamName).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task<BlockWithTransactionHashes> BlockAsync(long number) =>
        await Chain.Reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(number))
        ?? throw new InvalidOperationException($"The node has no block {number} although it reported a later head.");
}
