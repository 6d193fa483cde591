using EmissionsDao.Core.Periods;

namespace EmissionsDao.Core.Activities;

/// <summary>
/// One row of activity data. Records compare by value, which is what "exact duplicate" means at import
/// (2.0 and 2 are the same amount).
/// </summary>
public abstract record Activity
{
    public abstract ActivityKind Kind { get; }

    /// <summary>The day (discrete kinds) or the billing period (metered kinds) the activity belongs to.</summary>
    public abstract DatePeriod Period { get; }

    /// <summary>The date used to pick the factor year: the activity date, or the first day of the billing period.</summary>
    public DateOnly FactorDate => Period.Start;

    /// <summary>The culture-invariant JSON object that identifies this row in the activity-data hash (see <see cref="CanonicalActivity"/>).</summary>
    public string ToCanonicalJson()
    {
        using var writer = new CanonicalActivity.Writer();
        WriteCanonical(writer);
        return writer.ToText();
    }

    internal void WriteCanonical(CanonicalActivity.Writer writer)
    {
        writer.Begin(Kind);
        WriteCanonicalFields(writer);
        writer.End();
    }

    private protected abstract void WriteCanonicalFields(CanonicalActivity.Writer writer);
}

/// <summary>Something that happened on one date: a flight, a shipment, a fuel purchase, another emission.</summary>
public abstract record DiscreteActivity(DateOnly Date) : Activity
{
    public sealed override DatePeriod Period => DatePeriod.SingleDay(Date);
}

/// <summary>Something read from a meter over a billing period (start and end dates inclusive).</summary>
public abstract record MeteredActivity(DatePeriod BillingPeriod) : Activity
{
    public sealed override DatePeriod Period => BillingPeriod;
}

/// <summary>
/// Goods moved: <see cref="Weight"/> in <see cref="WeightUnit"/> over <see cref="DistanceKm"/> kilometres, or for
/// <see cref="ShipmentMode.Air"/> between two airports (great-circle distance plus the DESNZ uplift). Result in kg CO2e
/// from a DESNZ per tonne.km factor.
/// </summary>
public sealed record ShipmentActivity(
    DateOnly Date,
    decimal Weight,
    WeightUnit WeightUnit,
    ShipmentMode Mode,
    decimal? DistanceKm,
    string? OriginAirport,
    string? DestinationAirport) : DiscreteActivity(Date)
{
    public override ActivityKind Kind => ActivityKind.Shipment;

    public decimal WeightTonnes => WeightUnit == WeightUnit.Tonnes ? Weight : Weight / 1000m;

    private protected override void WriteCanonicalFields(CanonicalActivity.Writer writer)
    {
        writer.Date(ActivityFields.Date, Date);
        writer.Number(ActivityFields.Weight, Weight);
        writer.Text(ActivityFields.WeightUnit, WeightUnit.Code());
        writer.Text(ActivityFields.Mode, Mode.Code());
        writer.Number(ActivityFields.DistanceKm, DistanceKm);
        writer.Text(ActivityFields.OriginAirport, OriginAirport);
        writer.Text(ActivityFields.DestinationAirport, DestinationAirport);
    }
}

/// <summary>
/// Passenger flights between two airports (IATA codes): great-circle distance plus the DESNZ uplift, times
/// <see cref="Passengers"/>, times two for a return trip, times the DESNZ per passenger.km factor of the haul band and cabin class.
/// </summary>
public sealed record FlightActivity(
    DateOnly Date,
    string Origin,
    string Destination,
    CabinClass CabinClass,
    int Passengers,
    bool RoundTrip,
    bool IncludeRadiativeForcing) : DiscreteActivity(Date)
{
    public override ActivityKind Kind => ActivityKind.Flight;

    private protected override void WriteCanonicalFields(CanonicalActivity.Writer writer)
    {
        writer.Date(ActivityFields.Date, Date);
        writer.Text(ActivityFields.Origin, Origin);
        writer.Text(ActivityFields.Destination, Destination);
        writer.Text(ActivityFields.CabinClass, CabinClass.Code());
        writer.Number(ActivityFields.Passengers, Passengers);
        writer.Boolean(ActivityFields.RoundTrip, RoundTrip);
        writer.Boolean(ActivityFields.RadiativeForcing, IncludeRadiativeForcing);
    }
}

/// <summary>
/// Electricity used over a billing period, in kWh, in a grid region: "UK" (DESNZ), an eGRID subregion such as "CAMX",
/// or an ISO 3166-1 alpha-3 country code covered by Ember such as "FRA".
/// </summary>
public sealed record ElectricityActivity(DatePeriod BillingPeriod, decimal Kwh, string GridRegion) : MeteredActivity(BillingPeriod)
{
    public override ActivityKind Kind => ActivityKind.Electricity;

    private protected override void WriteCanonicalFields(CanonicalActivity.Writer writer)
    {
        writer.Date(ActivityFields.StartDate, BillingPeriod.Start);
        writer.Date(ActivityFields.EndDate, BillingPeriod.End);
        writer.Number(ActivityFields.Kwh, Kwh);
        writer.Text(ActivityFields.GridRegion, GridRegion);
    }
}

/// <summary>Natural gas burned over a billing period, in kWh (gross CV), cubic metres or therms.</summary>
public sealed record NaturalGasActivity(DatePeriod BillingPeriod, decimal Amount, GasUnit Unit) : MeteredActivity(BillingPeriod)
{
    public override ActivityKind Kind => ActivityKind.NaturalGas;

    private protected override void WriteCanonicalFields(CanonicalActivity.Writer writer)
    {
        writer.Date(ActivityFields.StartDate, BillingPeriod.Start);
        writer.Date(ActivityFields.EndDate, BillingPeriod.End);
        writer.Number(ActivityFields.Amount, Amount);
        writer.Text(ActivityFields.Unit, Unit.Code());
    }
}

/// <summary>Litres of road fuel bought (diesel or petrol, forecourt blend).</summary>
public sealed record RoadFuelActivity(DateOnly Date, decimal Litres, RoadFuel Fuel) : DiscreteActivity(Date)
{
    public override ActivityKind Kind => ActivityKind.RoadFuel;

    private protected override void WriteCanonicalFields(CanonicalActivity.Writer writer)
    {
        writer.Date(ActivityFields.Date, Date);
        writer.Number(ActivityFields.Litres, Litres);
        writer.Text(ActivityFields.Fuel, Fuel.Code());
    }
}

/// <summary>
/// An emission the calculator has no factor for, entered directly in kg CO2e with a description.
/// The figure is the requester's own; an auditor must confirm it.
/// </summary>
public sealed record OtherActivity(DateOnly Date, string Description, decimal KgCo2e) : DiscreteActivity(Date)
{
    public override ActivityKind Kind => ActivityKind.Other;

    private protected override void WriteCanonicalFields(CanonicalActivity.Writer writer)
    {
        writer.Date(ActivityFields.Date, Date);
        writer.Text(ActivityFields.Description, Description);
        writer.Number(ActivityFields.KgCo2e, KgCo2e);
    }
}
