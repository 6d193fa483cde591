using EmissionsDao.Chain;
using EmissionsDao.Core.Data;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Web.Extensions;

public static class PortalStartupExtensions
{
    /// <summary>
    /// Runs the portal. A configuration the portal cannot start with ends it with one line on stderr that says
    /// what to fix, and exit code 2, rather than a stack trace.
    /// </summary>
    public static async Task<int> RunPortalAsync(this WebApplication app)
    {
        try
        {
            // The chain and the database are independent: bring them up side by side before serving, and report a
            // chain configuration problem as soon as it is known rather than after the database is ready.
            var database = app.Services.MigrateEmissionsDatabaseAsync(app.Lifetime.ApplicationStopping);
            await app.Services.ConnectChainAsync(app.Lifetime.ApplicationStopping);
            await database;
            await app.RunAsync();
            return 0;
        }
        catch (Exception exception) when (StartupProblem(exception) is { } problem)
        {
            await Console.Error.WriteLineAsync($"EmissionsDao cannot start: {problem}");
            return 2;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>The operator-facing message of a startup failure, or null when it is a bug rather than configuration.</summary>
    public static string? StartupProblem(Exception exception) => exception switch
    {
        ChainConfigurationException chain => chain.Message,
        DatabaseConfigurationException database => database.Message,
        OptionsValidationException options => string.Join("; ", options.Failures),
        AggregateException aggregate when aggregate.InnerExceptions.Count == 1 => StartupProblem(aggregate.InnerExceptions[0]),
        _ => null,
    };
}
