using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EmissionsDao.Core.Data.Configurations;

/// <summary>
/// Stores a <see cref="DateOnly"/> as its day number (days since 0001-01-01), an INTEGER column, so the database
/// compares and indexes dates as numbers and never as strings.
/// </summary>
internal sealed class DayNumberConverter() : ValueConverter<DateOnly, int>(date => date.DayNumber, dayNumber => DateOnly.FromDayNumber(dayNumber));
