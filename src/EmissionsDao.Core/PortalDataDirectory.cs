using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace EmissionsDao.Core;

/// <summary>
/// The one folder that holds the portal's local state: the SQLite file and, on the embedded dev chain,
/// anvil's state file and the deployed contract addresses. Configured by the top-level key
/// <c>DataDirectory</c>, relative to the content root, default <c>App_Data</c>.
/// </summary>
public static class PortalDataDirectory
{
    public const string ConfigurationKey = "DataDirectory";

    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[ConfigurationKey];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured, environment.ContentRootPath);
        Directory.CreateDirectory(path);
        return path;
    }
}
