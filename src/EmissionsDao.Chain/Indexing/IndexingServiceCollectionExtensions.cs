using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace EmissionsDao.Chain.Indexing;

public static class IndexingServiceCollectionExtensions
{
    /// <summary>
    /// The chain indexer: a background service that mirrors the contracts' events into the database (resuming from
    /// its checkpoint) and the in-process <see cref="ChainIndexNotifier"/> pages subscribe to. Section "Chain:Indexer".
    /// </summary>
    public static IHostApplicationBuilder AddChainIndexer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChainIndexerOptions>().Bind(builder.Configuration.GetSection(ChainIndexerOptions.SectionName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ChainIndexNotifier>();
        builder.Services.AddSingleton<ChainIndexer>();
        builder.Services.AddSingleton<Core.Data.ChainIndex.ChainIndexQueries>();
        builder.Services.AddHostedService<ChainIndexerService>();
        return builder;
    }
}
