using System.Text.Json;
using EmissionsDao.Chain.Indexing;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Tests.Infrastructure;
using EmissionsDao.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Chain.Tests.Indexing;

/// <summary>A real SQLite file with the portal's migrations applied, and indexers over it for the shared anvil chain.</summary>
public sealed class IndexedDatabase : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("emissionsdao-index-").FullName;
    private readonly ServiceProvider _services;

    private IndexedDatabase()
    {
        ConnectionString = $"Data Source={Path.Combine(_directory, "index.db")};Pooling=False";
        _services = new ServiceCollection()
            .AddDbContextFactory<EmissionsDbContext>(options => options.UseSqlite(ConnectionString))
            .BuildServiceProvider();
    }

    public string ConnectionString { get; }

    public IDbContextFactory<EmissionsDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<EmissionsDbContext>>();

    public static async Task<IndexedDatabase> CreateAsync()
    {
        var database = new IndexedDatabase();
        await using var db = await database.Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A fresh indexer, as after a restart of the portal: it knows only what the database holds.</summary>
    public ChainIndexer Indexer(AnvilFixture chain, int batchSize = 1000, ChainIndexNotifier? notifier = null) => new(
        Contexts,
        new ChainRuntime(new ChainConnection(chain.Anvil.RpcUrl, ChainOptions.DevChainId, true, chain.Addresses, DevAccounts.Deployer.PrivateKey)),
        notifier ?? new ChainIndexNotifier(),
        Options.Create(new ChainIndexerOptions { BatchSize = batchSize }),
        TimeProvider.System,
        NullLogger<ChainIndexer>.Instance);

    public async Task<T> QueryAsync<T>(Func<EmissionsDbContext, Task<T>> query)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>Every indexed row, in key order, as JSON: two databases that indexed the same chain compare equal.</summary>
    public Task<string> SnapshotAsync() => QueryAsync(async db => JsonSerializer.Serialize(new
    {
        Events = await db.ChainEvents.OrderBy(e => e.BlockNumber).ThenBy(e => e.LogIndex)
            .Select(e => new { e.BlockNumber, e.LogIndex, e.TransactionHash, e.BlockTimestamp, e.Contract, e.EventName, e.RequestId, e.Account, e.PayloadJson })
            .ToListAsync(),
        Requests = await db.ChainAuditRequests.OrderBy(r => r.RequestId).ToListAsync(),
        Records = await db.ChainRecords.OrderBy(r => r.RecordId).ToListAsync(),
        Tokens = await db.ChainTokens.OrderBy(t => t.TokenId).ToListAsync(),
        Flows = await db.ChainTreasuryFlows.OrderBy(f => f.BlockNumber).ThenBy(f => f.LogIndex)
            .Select(f => new { f.BlockNumber, f.LogIndex, f.Kind, f.Token, f.Account, f.RequestId, f.Amount })
            .ToListAsync(),
        Proposals = await db.ChainProposals.OrderBy(p => p.CreatedBlock).ToListAsync(),
        Auditors = await db.ChainAuditors.OrderBy(a => a.Account).ToListAsync(),
    }));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
