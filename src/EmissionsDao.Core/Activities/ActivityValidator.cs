using EmissionsDao.Core.Factors;
using EmissionsDao.Core.Periods;

namespace EmissionsDao.Core.Activities;

/// <summary>A problem with one field of an activity, phrased for the person who entered it.</summary>
/// <param name="Field">The field (CSV column / JSON property) to fix, e.g. "distance_km".</param>
public sealed record ActivityFieldError(string Field, string Message);

/// <summary>
/// The rules every activity must meet before it is calculated: positive amounts, known airports and grid regions,
/// no dates in the future (relative to the injected <see cref="TimeProvider"/>, in UTC), and consistent fields.
/// The importers run it on every row; forms can run it directly.
/// </summary>
public sealed class ActivityValidator(FactorLibrary library, TimeProvider timeProvider)
{
    public const int MaxDescriptionLength = 500;

    /// <summary>Today in UTC: the latest date an activity may have.</summary>
    public DateOnly Today => DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);

    public IReadOnlyList<ActivityFieldError> Validate(Activity activity)
    {
        var errors = new List<ActivityFieldError>();
        Validate(activity, Today, errors);
        return errors;
    }

    internal void Validate(Activity activity, DateOnly today, List<ActivityFieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (activity)
        {
            case ShipmentActivity shipment:
                ValidateShipment(shipment, errors);
                break;
            case FlightActivity flight:
                ValidateAirports(flight.Origin, flight.Destination, ActivityFields.Origin, ActivityFields.Destination, errors);
                if (flight.Passengers < 1)
                {
                    errors.Add(new(ActivityFields.Passengers, $"'{flight.Passengers}' must be a whole number of passengers, at least 1"));
                }

                break;
            case ElectricityActivity electricity:
                Positive(electricity.Kwh, ActivityFields.Kwh, "a positive number of kWh", errors);
                if (!library.TryResolveGridRegion(electricity.GridRegion, out _, out var problem))
                {
                    errors.Add(new(ActivityFields.GridRegion, problem));
                }

                break;
            case NaturalGasActivity gas:
                if (gas.Amount <= 0m)
                {
                    NotPositive(gas.Amount, ActivityFields.Amount, $"a positive amount of gas in {gas.Unit.Code()}", errors);
                }

                break;
            case RoadFuelActivity fuel:
                Positive(fuel.Litres, ActivityFields.Litres, "a positive number of litres", errors);
                break;
            case OtherActivity other:
                if (string.IsNullOrWhiteSpace(other.Description))
                {
                    errors.Add(new(ActivityFields.Description, "a description is required: say what was emitted and how the amount was worked out"));
                }
                else if (other.Description.Length > MaxDescriptionLength)
                {
                    errors.Add(new(ActivityFields.Description, $"the description is {other.Description.Length} characters long; keep it to {MaxDescriptionLength}"));
                }

                Positive(other.KgCo2e, ActivityFields.KgCo2e, "a positive number of kg CO2e", errors);
                break;
        }

        var lastDay = activity.Period.End;
        if (lastDay > today)
        {
            var field = activity is MeteredActivity ? ActivityFields.EndDate : ActivityFields.Date;
            errors.Add(new(field, $"{DatePeriod.Iso(lastDay)} is in the future (today is {DatePeriod.Iso(today)}, UTC); only activity that has happened can be reported"));
        }
    }

    private void ValidateShipment(ShipmentActivity shipment, List<ActivityFieldError> errors)
    {
        if (shipment.Weight <= 0m)
        {
            NotPositive(shipment.Weight, ActivityFields.Weight, $"a positive weight in {shipment.WeightUnit.Code()}", errors);
        }

        var hasAirports = shipment.OriginAirport is not null || shipment.DestinationAirport is not null;
        if (shipment.Mode == ShipmentMode.Air)
        {
            if (shipment.DistanceKm is not null)
            {
                errors.Add(new(ActivityFields.DistanceKm, "leave distance_km empty for mode 'air': the distance is computed from origin_airport and destination_airport " +
                                                          "(or give the distance with mode air_short_haul or air_long_haul)"));
            }

            ValidateAirports(shipment.OriginAirport, shipment.DestinationAirport, ActivityFields.OriginAirport, ActivityFields.DestinationAirport, errors);
            return;
        }

        if (hasAirports)
        {
            errors.Add(new(shipment.OriginAirport is not null ? ActivityFields.OriginAirport : ActivityFields.DestinationAirport,
                $"airports are only used with mode 'air'; for mode '{shipment.Mode.Code()}' give distance_km and leave the airports empty"));
        }

        if (shipment.DistanceKm is not { } distance)
        {
            errors.Add(new(ActivityFields.DistanceKm, $"missing value; enter a positive number of kilometres (mode '{shipment.Mode.Code()}' needs a distance)"));
        }
        else
        {
            Positive(distance, ActivityFields.DistanceKm, "a positive number of kilometres", errors);
        }
    }

    private void ValidateAirports(string? origin, string? destination, string originField, string destinationField, List<ActivityFieldError> errors)
    {
        var originKnown = CheckAirport(origin, originField, errors);
        var destinationKnown = CheckAirport(destination, destinationField, errors);
        if (originKnown && destinationKnown && string.Equals(origin!.Trim(), destination!.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new(destinationField, $"the destination is the same airport as the origin ({origin}); check the IATA codes"));
        }
    }

    private bool CheckAirport(string? code, string field, List<ActivityFieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(new(field, "missing value; enter the airport's 3-letter IATA code (e.g. MAN)"));
            return false;
        }

        if (!library.Airports.TryGet(code, out _))
        {
            errors.Add(new(field, $"unknown airport '{code}'; check the 3-letter IATA code (e.g. MAN for Manchester); only medium and large airports with an IATA code are listed"));
            return false;
        }

        return true;
    }

    private static void Positive(decimal value, string field, string expected, List<ActivityFieldError> errors)
    {
        if (value <= 0m)
        {
            NotPositive(value, field, expected, errors);
        }
    }

    private static void NotPositive(decimal value, string field, string expected, List<ActivityFieldError> errors) =>
        errors.Add(new(field, $"'{CanonicalDecimal.ToText(value)}' must be {expected}"));
}
