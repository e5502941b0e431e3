using BudgetLens.Model;

namespace BudgetLens.Recognition.Indicators;

/// <summary>Builds an <see cref="Indicator"/> from its printed parts: canonical levels, the target read into comparator/value/unit.</summary>
public static class IndicatorFactory
{
    public static Indicator Create(
        string? level1Raw, string? level2Raw, string? name, string? text, SourceLocation location,
        string? periodText = null, decimal? weight = null, string? note = null, string? scoring = null)
    {
        var level1 = IndicatorLevels.CanonicalLevel1(level1Raw);
        var target = IndicatorTargetParser.Parse(text);
        return new Indicator
        {
            Level1 = level1,
            Level2 = IndicatorLevels.CanonicalLevel2(level1, level2Raw),
            Level1Raw = Blank(level1Raw),
            Level2Raw = Blank(level2Raw),
            Name = Blank(name),
            Comparator = target.Comparator,
            Value = target.Value,
            ValueMax = target.ValueMax,
            Unit = target.Unit,
            Text = Blank(text),
            PeriodText = Blank(periodText),
            Weight = weight,
            Note = Blank(note),
            Scoring = Blank(scoring),
            Location = location,
        };
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
