namespace EmissionsDao.Core.Factors;

public enum GridRegionSource
{
    /// <summary>The DESNZ UK electricity factor of the activity's year.</summary>
    UnitedKingdom,

    /// <summary>A US EPA eGRID2023 subregion (lb CO2e/MWh).</summary>
    EgridSubregion,

    /// <summary>A country from the Ember table (g CO2e/kWh).</summary>
    EmberCountry,
}

/// <summary>A resolved grid region. <see cref="Factor"/> is null for the UK, whose factor depends on the activity year.</summary>
public sealed record GridRegion(string Code, GridRegionSource Source, Factor? Factor);
