using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>
/// One side of a comparison across tables or sheets: a printed figure, or printed figures added (and subtracted),
/// described for the message. Figures may be in different units; they are converted exactly before comparing.
/// </summary>
public sealed record Operand(IReadOnlyList<Figure> Plus, IReadOnlyList<Figure> Minus, string Zh, string En)
{
    /// <summary>One printed figure, described as "table：row column".</summary>
    public static Operand Of(Figure figure) => new([figure], [], Describe(figure, english: false), Describe(figure, english: true));

    /// <summary>The sum of printed figures (a total computed from rows when no total row is printed).</summary>
    public static Operand Sum(IReadOnlyList<Figure> figures, string zh, string en) =>
        figures.Count == 1 ? Of(figures[0]) : new(figures, [], zh, en);

    public IEnumerable<Figure> Figures => Plus.Concat(Minus);

    /// <summary>The unit of the operand's first figure with a unit (the unit its value is shown in).</summary>
    public MoneyUnit? Unit => Figures.Select(f => f.Unit).FirstOrDefault(u => u is not null);

    /// <summary>The value in <paramref name="unit"/> (figures without a unit are taken to be in it).</summary>
    public decimal ValueIn(MoneyUnit? unit) => Plus.Sum(f => Convert(f.Amount, f.Unit, unit)) - Minus.Sum(f => Convert(f.Amount, f.Unit, unit));

    /// <summary>The half units of all its figures, in <paramref name="unit"/>.</summary>
    public decimal HalfUnitIn(MoneyUnit? unit) => Figures.Sum(f => Convert(f.HalfUnit, f.Unit, unit));

    /// <summary>All its figures are blank: nothing printed to compare.</summary>
    public bool Blank => Figures.All(f => f.Value is null);

    private static decimal Convert(decimal amount, MoneyUnit? from, MoneyUnit? to) =>
        from is MoneyUnit f && to is MoneyUnit t && f != t ? new Money(amount, f).To(t).Amount : amount;

    public static string Describe(Figure figure, bool english)
    {
        string? name = figure.Column is null ? null : english ? ColumnNames.En(figure.Column) : ColumnNames.Zh(figure.Column);
        string column = name is null || figure.Label == name ? "" : " " + name;
        string table = figure.Table is null ? "" : figure.Table + (english ? ": " : "：");
        return $"{table}{figure.Label}{column}";
    }
}

/// <summary>The one way every XT rule compares figures across tables and words the finding, unit-aware.</summary>
public static class CrossFindings
{
    /// <summary>A finding when <paramref name="actual"/> differs from <paramref name="expected"/> beyond the half units of all figures.</summary>
    public static Finding? Equal(IRule rule, Operand actual, Operand expected, string? subjectZh = null, string? subjectEn = null) =>
        Compare(rule, actual, expected, atLeast: false, subjectZh, subjectEn);

    /// <summary>A finding when <paramref name="larger"/> falls short of <paramref name="smaller"/> beyond the half units of all figures.</summary>
    public static Finding? AtLeast(IRule rule, Operand larger, Operand smaller, string? subjectZh = null, string? subjectEn = null) =>
        Compare(rule, larger, smaller, atLeast: true, subjectZh, subjectEn);

    private static Finding? Compare(IRule rule, Operand actual, Operand expected, bool atLeast, string? subjectZh, string? subjectEn)
    {
        var unit = expected.Unit ?? actual.Unit;   // the reference figure's unit (a sheet in 元 is shown converted to the tables' 万元)
        decimal a = actual.ValueIn(unit), e = expected.ValueIn(unit);
        decimal tolerance = actual.HalfUnitIn(unit) + expected.HalfUnitIn(unit);
        decimal shortfall = atLeast ? e - a : Math.Abs(a - e);
        if (shortfall <= tolerance) return null;
        string op = atLeast ? "<" : "≠";
        string zh = subjectZh is null ? "" : subjectZh + "：";
        string en = subjectEn is null ? "" : subjectEn + ": ";
        return new Finding
        {
            Rule = rule.Id,
            Severity = rule.Severity,
            Message = $"{zh}{actual.Zh} {Show(actual, unit)} {op} {expected.Zh} {Show(expected, unit)}（Δ {Amounts.Delta(a, e)}{Suffix(unit)}）",
            MessageEn = $"{en}{actual.En} {Show(actual, unit)} {op} {expected.En} {Show(expected, unit)} (Δ {Amounts.Delta(a, e)}{Suffix(unit)})",
            Locations = [.. actual.Figures.Select(f => f.ToLocation()), .. expected.Figures.Select(f => f.ToLocation())],
            Expected = e,
            Actual = a,
        };
    }

    /// <summary>The operand's value as printed; a value converted from another unit also shows the printed figure.</summary>
    private static string Show(Operand operand, MoneyUnit? unit)
    {
        string value = Amounts.Show(operand.ValueIn(unit)) + Suffix(unit);
        var own = operand.Unit;
        if (own is null || own == unit || operand.Plus.Count != 1 || operand.Minus.Count != 0) return value;
        return $"{Amounts.Show(operand.Plus[0].Value)}{Suffix(own)}（= {value}）";
    }

    private static string Suffix(MoneyUnit? unit) => unit is MoneyUnit u ? " " + u.ToChinese() : "";
}
