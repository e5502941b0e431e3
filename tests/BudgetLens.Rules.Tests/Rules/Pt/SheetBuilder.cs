using System.Globalization;
using System.Text.RegularExpressions;
using BudgetLens.Model;

namespace BudgetLens.Rules.Tests.Rules.Pt;

/// <summary>Hand-made target sheets: indicators written as ("产出指标/数量指标", "人员数量", "＝ 2 人").</summary>
internal static partial class SheetBuilder
{
    [GeneratedRegex(@"^\s*(≥|≤|=|＝|>|<|＞|＜|定性)?\s*(-?\d+(?:\.\d+)?)?\s*(.*?)\s*$")]
    private static partial Regex Target();

    public static BudgetDocument DocOf(params TargetSheet[] projects) => new()
    {
        Source = new SourceInfo("test.txt", null, SourceFormats.Text),
        Projects = projects,
    };

    public static TargetSheet Sheet(string name, int line, decimal? budget, params Indicator[] indicators) => new()
    {
        Name = name,
        Goal = "保障" + name + "工作正常开展",
        Unit = MoneyUnit.TenThousandYuan,
        Funds = budget is null ? new Dictionary<string, decimal?>() : new Dictionary<string, decimal?> { ["total"] = budget },
        Indicators = indicators,
        Location = SourceLocation.Lines(line, line + 20),
    };

    /// <summary>levels "产出指标/数量指标" (a level 2 outside the framework is kept only as raw: "产出指标/效果指标!").</summary>
    public static Indicator I(string levels, string name, string text, int line, decimal? weight = null, string? period = null)
    {
        var parts = levels.Split('/');
        var raw2 = parts.Length > 1 ? parts[1].TrimEnd('!') : null;
        var m = Target().Match(text);
        var comparator = m.Groups[1].Success ? m.Groups[1].Value switch { "＝" => "=", "＞" => ">", "＜" => "<", var c => c } : null;
        decimal? value = m.Groups[2].Success ? decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        if (value is null && comparator is not "定性") comparator = null;
        return new Indicator
        {
            Level1 = parts[0],
            Level1Raw = parts[0],
            Level2 = parts.Length > 1 && !parts[1].EndsWith('!') ? parts[1] : null,
            Level2Raw = raw2,
            Name = name,
            Comparator = comparator,
            Value = value,
            Unit = value is null || m.Groups[3].Value.Length == 0 ? null : m.Groups[3].Value,
            Text = text,
            PeriodText = period,
            Weight = weight,
            Location = SourceLocation.AtLine(line),
        };
    }

    /// <summary>A complete, unremarkable sheet: 产出 (数量, 成本), 效益, 满意度.</summary>
    public static TargetSheet Good(string name, int line, decimal? budget = 10m) => Sheet(name, line, budget,
        I("产出指标/数量指标", "培训次数", "≥ 2 次", line + 1),
        I("成本指标/经济成本指标", "培训成本", "≤ 2000 元/次", line + 2),
        I("效益指标/社会效益指标", "政策知晓率", "≥ 90 %", line + 3),
        I("满意度指标/服务对象满意度指标", "参训人员满意度", "≥ 95 %", line + 4));
}

internal static class PtRun
{
    public static BudgetLens.Rules.Framework.RuleOutcome Run(BudgetLens.Rules.Framework.IRule rule, params TargetSheet[] sheets) =>
        rule.Check(new BudgetLens.Rules.Framework.RuleContext(SheetBuilder.DocOf(sheets)));

    public static TargetSheet Placeholder(int line) => new()
    {
        Name = "31000120230101", Goal = "31000120230101", Unit = MoneyUnit.TenThousandYuan,
        Funds = new Dictionary<string, decimal?> { ["total"] = 35000m },
        Indicators = [SheetBuilder.I("产出指标/数量指标", "31000120230101", "31000120230101", line + 1)],
        Location = SourceLocation.Lines(line, line + 2),
    };
}
