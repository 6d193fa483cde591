using System.Collections.Frozen;
using System.Globalization;

namespace EmissionsDao.Core.Factors;

/// <summary>Airports by IATA code (case-insensitive), with a content hash because coordinates decide flight distances.</summary>
public sealed class AirportDirectory
{
    private readonly FrozenDictionary<string, Airport> _byIata;

    public AirportDirectory(IEnumerable<Airport> airports)
    {
        var list = airports.ToList();
        _byIata = list.ToFrozenDictionary(a => a.Iata, StringComparer.OrdinalIgnoreCase);
        ContentHash = Sha256Digest.OfSortedLines(list.Select(a => string.Join('\t',
            a.Iata, a.IsoCountry, CanonicalDecimal.ToText(a.LatitudeDegrees), CanonicalDecimal.ToText(a.LongitudeDegrees), a.Name)));
    }

    public int Count => _byIata.Count;

    /// <summary>SHA-256 over "IATA, country, latitude, longitude, name" lines, sorted.</summary>
    public Sha256Digest ContentHash { get; }

    public bool TryGet(string? iata, out Airport airport)
    {
        airport = null!;
        return iata is not null && _byIata.TryGetValue(iata.Trim(), out airport!);
    }

    public Airport this[string iata] =>
        TryGet(iata, out var airport) ? airport : throw new KeyNotFoundException($"Unknown airport '{iata}'.");

    internal static Airport Parse(string iata, string name, string municipality, string isoCountry, string latitude, string longitude) =>
        new(iata, name, municipality, isoCountry,
            decimal.Parse(latitude, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
            decimal.Parse(longitude, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
}
