using BudgetLens.Recognition.Common;

namespace BudgetLens.Recognition.Tests;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("1,028.96", "1028.96")]
    [InlineData("479,772.67", "479772.67")]
    [InlineData("0.10", "0.10")]
    [InlineData("10289606.32", "10289606.32")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("１２.５", "12.5")]
    [InlineData(" 927.6 ", "927.6")]
    public void Parses_printed_amounts_exactly(string printed, string expected)
    {
        Assert.True(AmountParser.TryParse(printed, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("12%")]
    [InlineData("一般")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData(",100")]
    public void Rejects_what_is_not_an_amount(string printed) => Assert.False(AmountParser.TryParse(printed, out _));

    [Theory]
    [InlineData("201", true)]
    [InlineData("20103", true)]
    [InlineData("2010301", true)]
    [InlineData("2010", false)]
    [InlineData("20a", false)]
    public void Recognises_codes(string token, bool isCode) => Assert.Equal(isCode, AmountParser.IsCode(token));
}
