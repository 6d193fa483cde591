namespace EmissionsDao.Core.Factors;

/// <summary>
/// One published emission factor, as the publisher printed it: <see cref="Value"/> <see cref="EmissionUnit"/> per one
/// <see cref="ActivityUnit"/> (e.g. 0.02779 kg CO2e per tonne.km, or 438.15 lb CO2e per MWh).
/// </summary>
/// <param name="PublisherRowId">The publisher's own key: the DESNZ <c>ID</c> column, the eGRID subregion acronym, or the ISO 3166-1 alpha-3 code.</param>
/// <param name="Category">The publisher's classification, e.g. "Scope 3 > Freighting goods > Rail > Freight train".</param>
/// <param name="Year">The data year of this factor (an Ember set mixes years: each country's latest).</param>
public sealed record Factor(
    string PublisherRowId,
    string Publisher,
    string Dataset,
    int Year,
    string Category,
    string ActivityUnit,
    string EmissionUnit,
    decimal Value,
    string Licence)
{
    /// <summary>The line this factor contributes to its set's content hash (tab-separated, culture-invariant).</summary>
    internal string CanonicalLine() => string.Join('\t',
        PublisherRowId, Publisher, Dataset, Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Category, ActivityUnit, EmissionUnit, CanonicalDecimal.ToText(Value), Licence);
}
