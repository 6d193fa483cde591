namespace EmissionsDao.Core.Factors;

/// <summary>The DESNZ flight categories ("Level 3" of "Business travel- air" and "Freight flights").</summary>
public enum HaulBand
{
    /// <summary>"Domestic, to/from UK": both airports in the UK.</summary>
    Domestic,

    /// <summary>"Short-haul, to/from UK": one airport in the UK, great-circle distance up to 3,700 km.</summary>
    ShortHaul,

    /// <summary>"Long-haul, to/from UK": one airport in the UK, great-circle distance over 3,700 km.</summary>
    LongHaul,

    /// <summary>"International, to/from non-UK": neither airport in the UK, any distance.</summary>
    International,
}
