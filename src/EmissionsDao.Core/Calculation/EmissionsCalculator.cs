using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Factors;

namespace EmissionsDao.Core.Calculation;

/// <summary>
/// Turns validated activity rows into kg CO2e with the factor library, in decimal only.
/// Rows must have passed <see cref="ActivityValidator"/> (the importers guarantee it); an unresolvable airport or
/// region here is a programming error and throws.
/// </summary>
public sealed class EmissionsCalculator
{
    /// <summary>Identifies the calculation rules (uplift, rounding, band thresholds); bumped when any of them changes.</summary>
    public const string MethodVersion = "emissionsdao-calculation/1";

    /// <summary>1 lb = 0.45359237 kg exactly (international avoirdupois pound).</summary>
    public const decimal KilogramsPerPound = 0.45359237m;

    /// <summary>UK therm in kWh as UK gas bills convert it (1 therm = 105.5 MJ).</summary>
    public const decimal KilowattHoursPerTherm = 29.3071m;

    // FactorUsed values are built once per factor, not per row: the calculation loop allocates only the row result.
    private readonly Dictionary<FactorSet, Dictionary<string, FactorUsed>> _desnzFactors;
    private readonly FactorUsed[][] _freightByModeForYear;
    private readonly int _firstDesnzYear;
    private readonly Dictionary<string, FactorUsed> _gridFactors;

    public EmissionsCalculator(FactorLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        Library = library;
        _desnzFactors = library.DesnzSets.ToDictionary(
            set => set,
            set => set.Factors.ToDictionary(f => f.PublisherRowId, f => new FactorUsed(set.Key, set.ContentHash, f, f.Value, f.ActivityUnit), StringComparer.Ordinal));
        var freightByMode = library.DesnzSets.ToDictionary(
            set => set,
            set => Enum.GetValues<ShipmentMode>().Select(mode => FreightFactorId(mode) is { } id ? _desnzFactors[set][id] : null!).ToArray());

        // Shipments are the bulk of large files: their factor is one array look-up by year and mode.
        _firstDesnzYear = library.DesnzSets[0].Year;
        _freightByModeForYear = Enumerable.Range(_firstDesnzYear, library.DesnzSets[^1].Year - _firstDesnzYear + 1)
            .Select(year => freightByMode[library.DesnzSetFor(new DateOnly(year, 1, 1))])
            .ToArray();
        _gridFactors = library.Egrid.Factors
            .Select(f => new FactorUsed(library.Egrid.Key, library.Egrid.ContentHash, f, f.Value * KilogramsPerPound / 1000m, "kWh"))
            .Concat(library.Ember.Factors.Select(f => new FactorUsed(library.Ember.Key, library.Ember.ContentHash, f, f.Value / 1000m, "kWh")))
            .ToDictionary(f => f.Factor.PublisherRowId, StringComparer.Ordinal);
    }

    public FactorLibrary Library { get; }

    /// <summary>Rows between two reports to a progress listener.</summary>
    public const int ProgressInterval = 4096;

    /// <param name="rowsCalculated">Hears the number of rows calculated every <see cref="ProgressInterval"/> rows (for a progress bar).</param>
    public CalculationResult Calculate(IReadOnlyList<Activity> activities, IProgress<int>? rowsCalculated = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var rows = new RowEmissions[activities.Count];
        var byKind = new decimal[ActivityKinds.All.Count];
        var seenKind = new bool[ActivityKinds.All.Count];
        var byMonth = new Dictionary<CalendarMonth, decimal>();
        var total = 0m;

        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref rows[i];
            rows[i] = CalculateRow(activities[i], i);
            var kind = (int)row.Activity.Kind;
            total += row.KgCo2e;
            byKind[kind] += row.KgCo2e;
            seenKind[kind] = true;
            AddToMonths(row, byMonth);
            if (rowsCalculated is not null && (i + 1) % ProgressInterval == 0)
            {
                rowsCalculated.Report(i + 1);
            }
        }

        var kindTotals = new List<KindTotal>();
        foreach (var kind in ActivityKinds.All)
        {
            if (seenKind[(int)kind])
            {
                kindTotals.Add(new KindTotal(kind, byKind[(int)kind]));
            }
        }

        return new CalculationResult(
            rows,
            total,
            kindTotals,
            byMonth.OrderBy(m => m.Key).Select(m => new MonthTotal(m.Key, m.Value)).ToList(),
            () => CanonicalActivity.HashRows(rows.Select(r => r.Activity)),
            Library);
    }

    public RowEmissions CalculateRow(Activity activity, int index = 0) => activity switch
    {
        ShipmentActivity shipment => Shipment(shipment, index),
        FlightActivity flight => Flight(flight, index),
        ElectricityActivity electricity => Electricity(electricity, index),
        NaturalGasActivity gas => NaturalGas(gas, index),
        RoadFuelActivity fuel => RoadFuel(fuel, index),
        OtherActivity other => new RowEmissions(index, other, EmissionsUnits.RoundKilograms(other.KgCo2e), other.KgCo2e, null,
            AuditorMustConfirm: true, Route: null),
        _ => throw new ArgumentException($"No calculation for {activity.GetType().Name}.", nameof(activity)),
    };

    private RowEmissions Shipment(ShipmentActivity shipment, int index)
    {
        FlightRoute? route = null;
        decimal distanceKm;
        FactorUsed factor;
        if (shipment.Mode == ShipmentMode.Air)
        {
            route = Route(shipment.OriginAirport, shipment.DestinationAirport);
            distanceKm = route.DistanceKm;
            factor = Desnz(Library.DesnzSetFor(shipment.Date), DesnzFactorIds.FreightFlight(route.Band, withRadiativeForcing: true));
        }
        else
        {
            distanceKm = shipment.DistanceKm ?? throw new ArgumentException("A shipment needs a distance unless it flies between two airports.", nameof(shipment));
            factor = FreightFactorsFor(shipment.Date)[(int)shipment.Mode];
        }

        var tonneKm = shipment.WeightTonnes * distanceKm;
        var kg = EmissionsUnits.RoundKilograms(tonneKm * factor.KgCo2ePerUnit);
        return new RowEmissions(index, shipment, kg, tonneKm, factor, AuditorMustConfirm: false, route);
    }

    /// <summary>The freight factors by mode of <see cref="FactorLibrary.DesnzSetFor"/> the date, as it picks them: years before the first set use the first, years after the last the last.</summary>
    private FactorUsed[] FreightFactorsFor(DateOnly date) =>
        _freightByModeForYear[Math.Clamp(date.Year - _firstDesnzYear, 0, _freightByModeForYear.Length - 1)];

    /// <summary>The DESNZ freight factor for a mode with a given distance; null for <see cref="ShipmentMode.Air"/>, whose band comes from the airports.</summary>
    private static string? FreightFactorId(ShipmentMode mode) => mode switch
    {
        ShipmentMode.RoadHgv => DesnzFactorIds.FreightHgvAllAverageLaden,
        ShipmentMode.RoadVan => DesnzFactorIds.FreightVanAverageUnknownFuel,
        ShipmentMode.Rail => DesnzFactorIds.FreightRail,
        ShipmentMode.SeaContainer => DesnzFactorIds.FreightContainerShipAverage,
        ShipmentMode.SeaBulk => DesnzFactorIds.FreightBulkCarrierAverage,
        ShipmentMode.AirShortHaul => DesnzFactorIds.FreightFlight(HaulBand.ShortHaul, withRadiativeForcing: true),
        ShipmentMode.AirLongHaul => DesnzFactorIds.FreightFlight(HaulBand.LongHaul, withRadiativeForcing: true),
        ShipmentMode.Air => null,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    private RowEmissions Flight(FlightActivity flight, int index)
    {
        var route = Route(flight.Origin, flight.Destination);
        var set = Library.DesnzSetFor(flight.Date);
        var factor = Desnz(set, DesnzFactorIds.PassengerFlight(route.Band, flight.CabinClass, flight.IncludeRadiativeForcing, out _));
        var legs = flight.RoundTrip ? 2 : 1;
        var passengerKm = route.DistanceKm * flight.Passengers * legs;
        var kg = EmissionsUnits.RoundKilograms(passengerKm * factor.KgCo2ePerUnit);
        return new RowEmissions(index, flight, kg, passengerKm, factor, AuditorMustConfirm: false, route);
    }

    private RowEmissions Electricity(ElectricityActivity electricity, int index)
    {
        if (!Library.TryResolveGridRegion(electricity.GridRegion, out var region, out var problem))
        {
            throw new ArgumentException(problem, nameof(electricity));
        }

        var factor = region.Source == GridRegionSource.UnitedKingdom
            ? Desnz(Library.DesnzSetFor(electricity.FactorDate), DesnzFactorIds.UkElectricity)
            : _gridFactors[region.Factor!.PublisherRowId];
        var kg = EmissionsUnits.RoundKilograms(electricity.Kwh * factor.KgCo2ePerUnit);
        return new RowEmissions(index, electricity, kg, electricity.Kwh, factor, AuditorMustConfirm: false, Route: null);
    }

    private RowEmissions NaturalGas(NaturalGasActivity gas, int index)
    {
        var set = Library.DesnzSetFor(gas.FactorDate);
        var (factorId, quantity) = gas.Unit switch
        {
            GasUnit.KilowattHours => (DesnzFactorIds.NaturalGasKwhGrossCv, gas.Amount),
            GasUnit.CubicMetres => (DesnzFactorIds.NaturalGasCubicMetres, gas.Amount),
            GasUnit.Therms => (DesnzFactorIds.NaturalGasKwhGrossCv, gas.Amount * KilowattHoursPerTherm),
            _ => throw new ArgumentOutOfRangeException(nameof(gas), gas.Unit, null),
        };
        var factor = Desnz(set, factorId);
        var kg = EmissionsUnits.RoundKilograms(quantity * factor.KgCo2ePerUnit);
        return new RowEmissions(index, gas, kg, quantity, factor, AuditorMustConfirm: false, Route: null);
    }

    private RowEmissions RoadFuel(RoadFuelActivity fuel, int index)
    {
        var factor = Desnz(Library.DesnzSetFor(fuel.Date), DesnzFactorIds.RoadFuel(fuel.Fuel));
        var kg = EmissionsUnits.RoundKilograms(fuel.Litres * factor.KgCo2ePerUnit);
        return new RowEmissions(index, fuel, kg, fuel.Litres, factor, AuditorMustConfirm: false, Route: null);
    }

    private FlightRoute Route(string? origin, string? destination)
    {
        if (!Library.Airports.TryGet(origin, out var from) || !Library.Airports.TryGet(destination, out var to))
        {
            throw new ArgumentException($"Unknown airport in {origin}-{destination}; validate activities before calculating.");
        }

        return FlightRoutes.Between(from, to);
    }

    private FactorUsed Desnz(FactorSet set, string factorId) => _desnzFactors[set][factorId];

    private static void AddToMonths(in RowEmissions row, Dictionary<CalendarMonth, decimal> byMonth)
    {
        var period = row.Activity.Period;
        var firstMonth = CalendarMonth.Of(period.Start);
        var lastMonth = CalendarMonth.Of(period.End);
        if (firstMonth == lastMonth)
        {
            Add(byMonth, firstMonth, row.KgCo2e);
            return;
        }

        var allocated = 0m;
        for (var month = firstMonth; ; month = CalendarMonth.Of(month.FirstDay.AddMonths(1)))
        {
            if (month == lastMonth)
            {
                Add(byMonth, month, row.KgCo2e - allocated);
                return;
            }

            var from = month == firstMonth ? period.Start : month.FirstDay;
            var days = month.LastDay.DayNumber - from.DayNumber + 1;
            var share = EmissionsUnits.RoundKilograms(row.KgCo2e * days / period.Days);
            Add(byMonth, month, share);
            allocated += share;
        }
    }

    private static void Add(Dictionary<CalendarMonth, decimal> byMonth, CalendarMonth month, decimal kg)
    {
        ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byMonth, month, out _);
        total += kg;
    }
}
