using System.Globalization;
using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Periods;

namespace EmissionsDao.Core.Import;

/// <summary>
/// Turns one row's text fields into a validated <see cref="Activity"/>, or records what to fix. Shared by the CSV
/// and JSON importers so that both say the same thing about the same mistake. Not thread-safe: one per file.
/// </summary>
internal sealed class ActivityRowParser(ActivityValidator validator, DateOnly today, ImportErrors errors)
{
    private const NumberStyles DecimalStyle =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private readonly List<ActivityFieldError> _validationErrors = [];
    private RowFields _fields = null!;
    private ActivityKind _kind;
    private int _line;

    public Activity? Parse(ActivityKind kind, RowFields fields, int line)
    {
        _fields = fields;
        _kind = kind;
        _line = line;
        var before = errors.Count;
        Activity? activity = kind switch
        {
            ActivityKind.Shipment => Shipment(),
            ActivityKind.Flight => Flight(),
            ActivityKind.Electricity => Electricity(),
            ActivityKind.NaturalGas => NaturalGas(),
            ActivityKind.RoadFuel => RoadFuel(),
            ActivityKind.Other => Other(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        if (activity is null || errors.Count != before)
        {
            return null;
        }

        _validationErrors.Clear();
        validator.Validate(activity, today, _validationErrors);
        foreach (var error in _validationErrors)
        {
            var field = ActivityColumns.IndexOf(kind, error.Field);
            errors.Add((field >= 0 ? fields.LineOf(field) : null) ?? line, error.Field, error.Message);
        }

        return _validationErrors.Count == 0 ? activity : null;
    }

    private ShipmentActivity? Shipment()
    {
        var ok = Date(0, out var date);
        ok &= Number(1, out var weight);
        ok &= Code(2, ActivityCodes.WeightUnits, "unit", "units", out var weightUnit);
        ok &= Code(3, ActivityCodes.ShipmentModes, "mode", "modes", out var mode);
        ok &= OptionalNumber(4, out var distance);
        return ok ? new ShipmentActivity(date, weight, weightUnit, mode, distance, UpperText(5), UpperText(6)) : null;
    }

    private FlightActivity? Flight()
    {
        var ok = Date(0, out var date);
        var origin = Required(1, upperCase: true);
        var destination = Required(2, upperCase: true);
        ok &= origin is not null && destination is not null;
        ok &= Code(3, ActivityCodes.CabinClasses, "cabin class", "cabin classes", out var cabinClass);
        ok &= Passengers(4, out var passengers);
        ok &= Boolean(5, defaultValue: false, out var roundTrip);
        ok &= Boolean(6, defaultValue: true, out var radiativeForcing);
        return ok ? new FlightActivity(date, origin!, destination!, cabinClass, passengers, roundTrip, radiativeForcing) : null;
    }

    private ElectricityActivity? Electricity()
    {
        var ok = BillingPeriod(out var period);
        ok &= Number(2, out var kwh);
        var region = Required(3, upperCase: true);
        return ok && region is not null ? new ElectricityActivity(period, kwh, region) : null;
    }

    private NaturalGasActivity? NaturalGas()
    {
        var ok = BillingPeriod(out var period);
        ok &= Number(2, out var amount);
        ok &= Code(3, ActivityCodes.GasUnits, "unit", "units", out var unit);
        return ok ? new NaturalGasActivity(period, amount, unit) : null;
    }

    private RoadFuelActivity? RoadFuel()
    {
        var ok = Date(0, out var date);
        ok &= Number(1, out var litres);
        ok &= Code(2, ActivityCodes.RoadFuels, "fuel", "fuels", out var fuel);
        return ok ? new RoadFuelActivity(date, litres, fuel) : null;
    }

    private OtherActivity? Other()
    {
        var ok = Date(0, out var date);
        var description = Required(1, upperCase: false);
        ok &= Number(2, out var kg);
        return ok && description is not null ? new OtherActivity(date, description, kg) : null;
    }

    private bool BillingPeriod(out DatePeriod period)
    {
        period = default;
        var ok = Date(0, out var start);
        ok &= Date(1, out var end);
        if (!ok)
        {
            return false;
        }

        if (end < start)
        {
            Report(1, $"the end date {DatePeriod.Iso(end)} is before the start date {DatePeriod.Iso(start)}; " +
                      "dates are inclusive, so a one-day bill starts and ends on the same date");
            return false;
        }

        period = new DatePeriod(start, end);
        return true;
    }

    private bool Date(int field, out DateOnly value)
    {
        value = default;
        var raw = _fields.Get(field);
        if (IsBlank(raw))
        {
            return Missing(field);
        }

        if (TryParseIsoDate(raw.Trim(), out value))
        {
            return true;
        }

        return Report(field, $"'{raw}' is not a date; enter {ActivityColumns.DateHint}");
    }

    private bool Number(int field, out decimal value)
    {
        value = default;
        var raw = _fields.Get(field);
        return IsBlank(raw) ? Missing(field) : ParseNumber(raw, field, out value);
    }

    private bool OptionalNumber(int field, out decimal? value)
    {
        value = null;
        var raw = _fields.Get(field);
        if (IsBlank(raw))
        {
            return true;
        }

        var ok = ParseNumber(raw, field, out var number);
        value = number;
        return ok;
    }

    private bool ParseNumber(ReadOnlySpan<char> raw, int field, out decimal value) =>
        TryParsePlainDecimal(raw, out value)
        || decimal.TryParse(raw, DecimalStyle, CultureInfo.InvariantCulture, out value)
        || Report(field, $"'{raw}' is not a number; enter {Column(field).Hint} (use '.' for decimals and no thousands separators)");

    private bool Passengers(int field, out int value)
    {
        value = 0;
        var raw = _fields.Get(field);
        if (IsBlank(raw))
        {
            return Missing(field);
        }

        return (int.TryParse(raw, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out value) && value >= 1)
               || Report(field, $"'{raw}' must be a whole number of passengers, at least 1");
    }

    private bool Boolean(int field, bool defaultValue, out bool value)
    {
        value = defaultValue;
        var raw = _fields.Get(field);
        if (IsBlank(raw))
        {
            return true;
        }

        var text = raw.Trim();
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1"))
        {
            value = true;
            return true;
        }

        if (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("0"))
        {
            value = false;
            return true;
        }

        return Report(field, $"'{raw}' is not true or false; enter true or false (yes and no also work)");
    }

    private bool Code<T>(int field, (string Code, T Value)[] codes, string what, string whatPlural, out T value)
    {
        value = default!;
        var raw = _fields.Get(field);
        if (IsBlank(raw))
        {
            return Missing(field);
        }

        return ActivityCodes.TryParse(codes, raw, out value)
               || Report(field, $"unknown {what} '{raw.Trim()}'; accepted {whatPlural}: {ActivityCodes.List(codes)}");
    }

    private string? Required(int field, bool upperCase)
    {
        var text = _fields.Get(field).Trim();
        if (text.IsEmpty)
        {
            Missing(field);
            return null;
        }

        return upperCase ? UpperCase(text) : text.ToString();
    }

    /// <summary>The trimmed text in upper case (codes such as airports), or null when blank.</summary>
    private string? UpperText(int field)
    {
        var text = _fields.Get(field).Trim();
        return text.IsEmpty ? null : UpperCase(text);
    }

    private static string UpperCase(ReadOnlySpan<char> text) => string.Create(text.Length, text, static (upper, text) => text.ToUpperInvariant(upper));

    private bool Missing(int field) => Report(field, $"missing value; enter {Column(field).Hint}");

    /// <returns>Always false, so a failed parse can end with <c>|| Report(...)</c>.</returns>
    private bool Report(int field, string message)
    {
        errors.Add(_fields.LineOf(field) ?? _line, Column(field).Name, message);
        return false;
    }

    private ActivityColumn Column(int field) => ActivityColumns.For(_kind)[field];

    /// <summary>YYYY-MM-DD only, read digit by digit (several times faster than DateOnly.TryParseExact on the hot path).</summary>
    internal static bool TryParseIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// The usual number in a file, digits with an optional '.' between more digits ("1234.50"), at most 18 digits, read
    /// directly: several times faster than decimal.TryParse, with the same value and scale ("2.50" keeps two decimals).
    /// Anything else (sign, spaces, ".5", longer numbers, text) returns false, for decimal.TryParse to decide.
    /// </summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        const int MaxDigits = 18; // 10^18 < 2^63: the digits always fit in a ulong
        value = default;
        if (text.IsEmpty || text.Length > MaxDigits + 1)
        {
            return false;
        }

        ulong digits = 0;
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                digits = (digits * 10) + digit;
            }
            else if (text[i] == '.' && point < 0 && i > 0 && i < text.Length - 1)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        if (point < 0 && text.Length > MaxDigits)
        {
            return false;
        }

        var scale = point < 0 ? 0 : text.Length - point - 1;
        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, isNegative: false, (byte)scale);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool IsBlank(ReadOnlySpan<char> raw) => raw.IsWhiteSpace();
}
