using System.Collections.Frozen;

namespace EmissionsDao.Core.Factors;

/// <summary>
/// All factor sets and reference data the calculator uses, loaded once from the files embedded in this assembly.
/// <see cref="ContentHash"/> pins the whole library: SHA-256 over the sorted lines "set key TAB set hash" and
/// "airports TAB airport table hash", so a calculation can be reproduced from the stored sets years later.
/// </summary>
public sealed class FactorLibrary
{
    /// <summary>Bumped whenever a shipped file or the way it is read changes.</summary>
    public const string CurrentVersion = "2025.1";

    private static readonly Lazy<FactorLibrary> Embedded = new(FactorLibraryLoader.LoadEmbedded);

    private static readonly FrozenSet<string> UsStateCodes = FrozenSet.ToFrozenSet(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> UnitedKingdomCodes = FrozenSet.ToFrozenSet(["UK", "GB", "GBR"], StringComparer.OrdinalIgnoreCase);

    private readonly FactorSet[] _desnzByYear;

    public FactorLibrary(string version, IEnumerable<FactorSet> desnzSets, FactorSet egrid, FactorSet ember, AirportDirectory airports)
    {
        Version = version;
        _desnzByYear = desnzSets.OrderBy(s => s.Year).ToArray();
        if (_desnzByYear.Length == 0)
        {
            throw new ArgumentException("At least one DESNZ factor set is needed.", nameof(desnzSets));
        }

        Egrid = egrid;
        Ember = ember;
        Airports = airports;
        Sets = [.. _desnzByYear, egrid, ember];
        ContentHash = Sha256Digest.OfSortedLines(
            Sets.Select(s => $"{s.Key}\t{s.ContentHash.Hex}").Append($"airports\t{airports.ContentHash.Hex}"));
    }

    /// <summary>The library built from the files shipped in this assembly (parsed once per process).</summary>
    public static FactorLibrary Shipped => Embedded.Value;

    public string Version { get; }

    public IReadOnlyList<FactorSet> Sets { get; }

    /// <summary>DESNZ sets, oldest first.</summary>
    public IReadOnlyList<FactorSet> DesnzSets => _desnzByYear;

    public FactorSet Egrid { get; }

    public FactorSet Ember { get; }

    public AirportDirectory Airports { get; }

    public Sha256Digest ContentHash { get; }

    /// <summary>
    /// The DESNZ set for an activity dated <paramref name="activityDate"/>: the set with the greatest year &lt;= the
    /// activity's calendar year, or the earliest set for activity before it. (DESNZ sets are published for a
    /// reporting year; using a later year's set for earlier activity would rewrite history.)
    /// </summary>
    public FactorSet DesnzSetFor(DateOnly activityDate)
    {
        var chosen = _desnzByYear[0];
        foreach (var set in _desnzByYear)
        {
            if (set.Year <= activityDate.Year)
            {
                chosen = set;
            }
        }

        return chosen;
    }

    public bool IsKnownGridRegion(string? code) => TryResolveGridRegion(code, out _, out _);

    /// <summary>
    /// Resolves "UK" (also GB, GBR) to DESNZ, an eGRID subregion acronym (e.g. CAMX, or US for the US average) to eGRID,
    /// and an ISO 3166-1 alpha-3 code to Ember. A US state is refused: no US-state table is shipped.
    /// </summary>
    /// <param name="problem">Why the code was refused, phrased for the person who typed it.</param>
    public bool TryResolveGridRegion(string? code, out GridRegion region, out string problem)
    {
        region = null!;
        problem = string.Empty;
        var trimmed = code?.Trim() ?? string.Empty;
        var upper = trimmed.ToUpperInvariant();

        if (UnitedKingdomCodes.Contains(upper))
        {
            region = new GridRegion("UK", GridRegionSource.UnitedKingdom, null);
            return true;
        }

        if (Egrid.TryGet(upper, out var egridFactor))
        {
            region = new GridRegion(upper, GridRegionSource.EgridSubregion, egridFactor);
            return true;
        }

        if (Ember.TryGet(upper, out var emberFactor))
        {
            region = new GridRegion(upper, GridRegionSource.EmberCountry, emberFactor);
            return true;
        }

        var state = upper.StartsWith("US-", StringComparison.Ordinal) ? upper[3..] : upper;
        if (UsStateCodes.Contains(state))
        {
            problem = $"'{trimmed}' is a US state, but no US-state emission factor table is shipped (eGRID state rates were not available); " +
                      "give the eGRID subregion of the utility instead (e.g. CAMX for most of California, ERCT for most of Texas)";
            return false;
        }

        problem = trimmed.Length == 0
            ? "a grid region is required: UK, an eGRID subregion (e.g. CAMX) or a 3-letter ISO country code (e.g. FRA)"
            : $"unknown grid region '{trimmed}'; use UK, an eGRID subregion (e.g. CAMX, ERCT, NYUP) or a 3-letter ISO country code covered by Ember (e.g. FRA, DEU)";
        return false;
    }

    /// <summary>Finds a set by its content hash (e.g. the one an audit pinned).</summary>
    public FactorSet? FindSet(Sha256Digest contentHash) => Sets.FirstOrDefault(s => s.ContentHash.Equals(contentHash));
}
