using BenchmarkDotNet.Running;
using EmissionsDao.Benchmarks.Circuits;

namespace EmissionsDao.Benchmarks;

public static class Program
{
    /// <summary>
    /// dotnet run -c Release --project tests/EmissionsDao.Benchmarks -- --filter '*'
    /// Benchmarks run in-process (see <see cref="BenchmarkConfig"/>), so nothing is built outside this project's output.
    /// dotnet run -c Release --project tests/EmissionsDao.Benchmarks -- circuits --count 100
    /// Blazor Server circuits on the proposals page (see <see cref="CircuitsCommand"/>).
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == CircuitsCommand.Name)
        {
            return await CircuitsCommand.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == CircuitsCommand.ClientName)
        {
            return await CircuitsCommand.RunClientAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
        return 0;
    }
}
