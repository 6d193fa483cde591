using System.Collections.Frozen;

namespace EmissionsDao.Core.Factors;

/// <summary>
/// A versioned, immutable set of factors from one publisher's dataset and year, identified by
/// <see cref="ContentHash"/>: SHA-256 over the canonical lines of its factors (<see cref="Factor.CanonicalLine"/>),
/// sorted ordinally, each followed by '\n'. The hash depends only on the factors, never on file layout or culture,
/// so an audit can pin the exact set it used and anyone can recompute it.
/// </summary>
public sealed class FactorSet
{
    private readonly FrozenDictionary<string, Factor> _byPublisherRowId;

    public FactorSet(string key, string version, string publisher, string dataset, int year, string licence, string attribution, IEnumerable<Factor> factors)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
        Version = version;
        Publisher = publisher;
        Dataset = dataset;
        Year = year;
        Licence = licence;
        Attribution = attribution;

        var sorted = factors.OrderBy(f => f.PublisherRowId, StringComparer.Ordinal).ToArray();
        var lines = new string[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i].PublisherRowId == sorted[i - 1].PublisherRowId)
            {
                throw new ArgumentException($"Factor set {key} has two factors with id {sorted[i].PublisherRowId}.", nameof(factors));
            }

            lines[i] = sorted[i].CanonicalLine();
            if (lines[i].Split('\t').Length != 9)
            {
                throw new ArgumentException($"Factor {sorted[i].PublisherRowId} of set {key} contains a tab character.", nameof(factors));
            }
        }

        Factors = sorted;
        _byPublisherRowId = sorted.ToFrozenDictionary(f => f.PublisherRowId, StringComparer.Ordinal);
        ContentHash = Sha256Digest.OfSortedLines(lines);
    }

    /// <summary>Stable name of the set, e.g. "desnz-ghg-2025".</summary>
    public string Key { get; }

    /// <summary>The publisher's release, e.g. "2024 v1.1 (2024-10-18)".</summary>
    public string Version { get; }

    public string Publisher { get; }

    public string Dataset { get; }

    /// <summary>The year the set is for (DESNZ reporting year, eGRID data year, latest Ember year).</summary>
    public int Year { get; }

    public string Licence { get; }

    /// <summary>The attribution text the licence asks for.</summary>
    public string Attribution { get; }

    /// <summary>All factors, sorted by publisher row id.</summary>
    public IReadOnlyList<Factor> Factors { get; }

    public Sha256Digest ContentHash { get; }

    public Factor this[string publisherRowId] =>
        _byPublisherRowId.TryGetValue(publisherRowId, out var factor)
            ? factor
            : throw new KeyNotFoundException($"Factor set {Key} has no factor with id {publisherRowId}.");

    public bool TryGet(string publisherRowId, out Factor factor) => _byPublisherRowId.TryGetValue(publisherRowId, out factor!);

    public override string ToString() => $"{Key} ({ContentHash})";
}
