using System.Globalization;
using EmissionsDao.Core.Import;

namespace EmissionsDao.Core.Tests.Import;

/// <summary>The importer's fast path for plain numbers must give exactly what decimal.Parse gives: value and scale.</summary>
public sealed class PlainDecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.0")]
    [InlineData("007")]
    [InlineData("2.50")]
    [InlineData("300.000")]
    [InlineData("0.00000000000000001")]
    [InlineData("999999999999999999")]
    [InlineData("99999999999999999.9")]
    [InlineData("123456789.123456789")]
    public void Plain_numbers_read_as_decimal_parse_reads_them(string text) =>
        AssertSameAsDecimalParse(text);

    [Fact]
    public void Random_plain_numbers_read_as_decimal_parse_reads_them()
    {
        var random = new Random(2026);
        for (var i = 0; i < 20_000; i++)
        {
            var digits = random.Next(1, 19);
            var text = string.Concat(Enumerable.Range(0, digits).Select(_ => (char)('0' + random.Next(10))));
            var point = random.Next(0, digits);
            AssertSameAsDecimalParse(point == 0 ? text : text.Insert(point, "."));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("1,200")]
    [InlineData("1e3")]
    [InlineData("9999999999999999999")]
    [InlineData("١٢")]
    public void Anything_else_is_left_to_decimal_parse(string text) =>
        Assert.False(ActivityRowParser.TryParsePlainDecimal(text, out _));

    private static void AssertSameAsDecimalParse(string text)
    {
        Assert.True(ActivityRowParser.TryParsePlainDecimal(text, out var fast), text);
        var parsed = decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        Assert.Equal(decimal.GetBits(parsed), decimal.GetBits(fast));
    }
}
