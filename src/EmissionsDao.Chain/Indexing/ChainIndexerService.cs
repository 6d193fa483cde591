using EmissionsDao.Core.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Chain.Indexing;

/// <summary>Runs the <see cref="ChainIndexer"/> in the background: catches up, then polls for new blocks (no websockets: log filters).</summary>
internal sealed class ChainIndexerService(
    ChainIndexer indexer,
    ChainRuntime runtime,
    IServiceProvider services,
    IOptions<ChainIndexerOptions> options,
    ILogger<ChainIndexerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // The chain and the database come up before the portal serves; wait for them rather than race them.
        await services.MigrateEmissionsDatabaseAsync(stoppingToken);
        while (!runtime.IsConnected)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await indexer.IndexNextBatchAsync(stoppingToken);
                if (batch.CaughtUp)
                {
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Indexing chain events failed; retrying in {Delay}", options.Value.PollInterval * 5);
                await Task.Delay(options.Value.PollInterval * 5, stoppingToken);
            }
        }
    }
}
