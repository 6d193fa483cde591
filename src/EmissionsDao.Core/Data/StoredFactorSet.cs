using EmissionsDao.Core.Factors;

namespace EmissionsDao.Core.Data;

/// <summary>A factor set as seeded, keyed by its content hash so that an audit's pinned hash can always be looked up.</summary>
public sealed class StoredFactorSet
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public required string Version { get; set; }

    public required string Publisher { get; set; }

    public required string Dataset { get; set; }

    public int Year { get; set; }

    public required string Licence { get; set; }

    public required string Attribution { get; set; }

    /// <summary><see cref="FactorSet.ContentHash"/> (32 bytes), unique.</summary>
    public required byte[] ContentHash { get; set; }

    public int FactorCount { get; set; }

    public DateTime SeededUtc { get; set; }

    public List<StoredFactor> Factors { get; set; } = [];

    /// <summary>Rebuilds the in-memory set (its hash is recomputed from the stored factors, so tampering shows).</summary>
    public FactorSet ToFactorSet() => new(Key, Version, Publisher, Dataset, Year, Licence, Attribution,
        Factors.Select(f => new Factor(f.PublisherRowId, Publisher, Dataset, f.Year, f.Category, f.ActivityUnit, f.EmissionUnit, f.Value, Licence)));
}

/// <summary>One factor of a <see cref="StoredFactorSet"/>; publisher, dataset and licence are the set's.</summary>
public sealed class StoredFactor
{
    public long Id { get; set; }

    public long FactorSetId { get; set; }

    public required string PublisherRowId { get; set; }

    public int Year { get; set; }

    public required string Category { get; set; }

    public required string ActivityUnit { get; set; }

    public required string EmissionUnit { get; set; }

    /// <summary>Exact value, stored as canonical decimal text (never compared in SQL).</summary>
    public decimal Value { get; set; }
}
