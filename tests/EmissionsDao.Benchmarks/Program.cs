using BenchmarkDotNet.Running;

namespace EmissionsDao.Benchmarks;

public static class Program
{
    /// <summary>
    /// dotnet run -c Release --project tests/EmissionsDao.Benchmarks -- --filter '*'
    /// Benchmarks run in-process (see <see cref="BenchmarkConfig"/>), so nothing is built outside this project's output.
    /// </summary>
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
}
