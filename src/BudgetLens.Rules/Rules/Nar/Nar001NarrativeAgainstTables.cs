using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Narrative;

namespace BudgetLens.Rules.Rules.Nar;

/// <summary>NAR001: an amount stated in the narrative equals the table value of the same scope it names.</summary>
public sealed class Nar001NarrativeAgainstTables : IRule
{
    public string Id => "NAR001";
    public string TitleZh => "叙述金额与表格不符";
    public string TitleEn => "Narrative amount differs from the table";
    public Severity Severity => Severity.Error;
    public string Description =>
        "An amount the narrative states (收入/支出预算总额, 财政拨款, 基本支出, 项目支出 and their parts, each 功能分类 class, 三公 and each part, " +
        "机关运行经费, 政府采购) equals the value of the same scope in every table that prints it: all funds with the all-funds tables, fiscal money " +
        "with the fiscal tables (国库集中支付网上结转 ≈ 上年结转). 机关运行经费 is compared only with a table that states it, never with the 公用经费 " +
        "total; the amounts of projects under target management (\"项目 4 个, 金额合计 5083.74 万元\") are not 项目支出. Tolerance: half a unit of " +
        "each figure's last printed digit, after converting 元/万元 exactly. " +
        "Passes: \"三公经费 213.24 万元\" with the 三公 table's 213.24. Fails: \"卫生健康支出 7697.58 万元\" in the 财政拨款 section with 一般公共预算支出表 210 = 7697.60 (Δ 0.02).";

    public RuleOutcome Check(RuleContext context)
    {
        if (!NarrativeFindings.HasNarrative(context.Document)) return RuleOutcome.NotApplicable(NarrativeFindings.NoNarrative);
        var findings = new List<Finding>();
        foreach (var statement in NarrativeReader.Flatten(NarrativeReader.Read(context.Document)))
        {
            if (statement.Amount is not StatedNumber stated) continue;
            foreach (var (figure, unit) in NarrativeTableValues.Of(context, statement))
                if (Compare(statement, stated, figure, unit) is Finding f) findings.Add(f);
        }
        return RuleOutcome.Of(findings);
    }

    private Finding? Compare(NarrativeStatement statement, StatedNumber stated, Figure table, MoneyUnit tableUnit)
    {
        if (stated.Unit is not MoneyUnit unit) return null;
        decimal tableYuan = table.Amount * tableUnit.Yuan();
        decimal tableHalf = Tolerance.HalfUnit(table.Amount) * tableUnit.Yuan();
        if (!Tolerance.Differs(stated.InYuan, tableYuan, stated.HalfUnitInYuan, tableHalf)) return null;
        decimal tableInStatedUnit = tableYuan / unit.Yuan();
        string name = NarrativeConcepts.Clean(statement.Name);
        string column = table.Column is null or "amount" ? "" : " " + ColumnNames.Zh(table.Column);
        string columnEn = table.Column is null or "amount" ? "" : " " + ColumnNames.En(table.Column);
        string delta = Amounts.Delta(stated.InYuan / unit.Yuan(), tableInStatedUnit);
        return new Finding
        {
            Rule = Id,
            Severity = Severity,
            Message = $"叙述 {name} {stated.Show} ≠ {table.Table} {table.Label}{column} {Amounts.Show(table.Value)} {tableUnit.ToChinese()}（Δ {delta} {unit.ToChinese()}）",
            MessageEn = $"narrative {name} {stated.Show} ≠ {table.Table} {table.Label}{columnEn} {Amounts.Show(table.Value)} {tableUnit.ToChinese()} (Δ {delta} {unit.ToChinese()})",
            Locations = [NarrativeFindings.Figure(statement, stated).ToLocation(), table.ToLocation()],
            Expected = tableInStatedUnit,
            Actual = stated.Value,
        };
    }
}
