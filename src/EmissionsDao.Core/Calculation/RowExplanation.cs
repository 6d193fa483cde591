using System.Globalization;
using EmissionsDao.Core.Activities;

namespace EmissionsDao.Core.Calculation;

/// <summary>Writes a row's arithmetic out for the requester and the auditor (built on demand, not in the calculation loop).</summary>
internal static class RowExplanation
{
    public static string Describe(in RowEmissions row)
    {
        var result = $" = {Number(row.KgCo2e)} kg CO2e";
        if (row.Factor is not { } factor)
        {
            var other = (OtherActivity)row.Activity;
            return $"{Number(other.KgCo2e)} kg CO2e entered by the requester ({other.Description}); an auditor must confirm it{result}";
        }

        var perUnit = $"{Number(factor.KgCo2ePerUnit)} kg CO2e/{factor.Unit} ({factor.Factor.Publisher} {factor.Factor.Year}, {factor.Factor.PublisherRowId})";
        var route = row.Route is { } r
            ? $"{r.Origin.Iata}-{r.Destination.Iata} {Number(r.GreatCircleKm)} km great circle × {Number(FlightRoutes.DistanceUplift)} = {Number(r.DistanceKm)} km"
            : null;

        return row.Activity switch
        {
            ShipmentActivity s =>
                $"{Number(s.Weight)} {s.WeightUnit.Code()} × {route ?? Number(s.DistanceKm ?? 0m) + " km"} = {Number(row.Quantity)} tonne.km × {perUnit}{result}",
            FlightActivity f =>
                $"{route} × {f.Passengers.ToString(CultureInfo.InvariantCulture)} passenger(s) × {(f.RoundTrip ? 2 : 1).ToString(CultureInfo.InvariantCulture)} leg(s) = " +
                $"{Number(row.Quantity)} passenger.km × {perUnit}{result}",
            NaturalGasActivity { Unit: GasUnit.Therms } g =>
                $"{Number(g.Amount)} therms × {Number(EmissionsCalculator.KilowattHoursPerTherm)} kWh/therm = {Number(row.Quantity)} kWh × {perUnit}{result}",
            _ => $"{Number(row.Quantity)} {factor.Unit} × {perUnit}{result}",
        };
    }

    private static string Number(decimal value) => CanonicalDecimal.ToText(value);
}
