using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Nar;
using BudgetLens.Rules.Tests.Narrative;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Narrative.NarrativeBuilder;

namespace BudgetLens.Rules.Tests.Rules.Nar;

public sealed class Nar001Tests
{
    private static readonly Table Expenditure = Table("expenditure-summary", "合计 | total=13258.53 basic=7802.78 project=5455.75", "210 卫生健康支出 | total=12192.64 basic=6745.49 project=5447.15");
    private static readonly Table General = Table("general-budget-expenditure", "合计 | total=8763.47 basic=6824.03 project=1939.44", "210 卫生健康支出 | total=7697.60 basic=5766.74 project=1930.86");
    private static readonly Table Three = Table("three-public-expenses", "赣州市医疗保障局 | total=213.24 overseasTravel= reception=209.94 vehicleOperation=3.30 vehiclePurchase=");

    private static RuleOutcome Run(Table[] tables, params Section[] sections) =>
        new Nar001NarrativeAgainstTables().Check(new RuleContext(Document(tables).With(2023, sections)));

    [Fact]
    public void Passes_when_the_narrative_agrees_with_tables_of_its_scope()
    {
        var outcome = Run([Expenditure, General, Three],
            Section("(二) 支出预算情况", 75, "支出预算总额为 13258.53 万元。", "按支出项目类别划分：基本支出 7802.78 万元；项目支出 5455.75 万元。", "按支出功能科目划分：卫生健康支出 12192.64 万元。"),
            Section("二、2023年“三公”经费预算情况说明", 149, "“三公”经费财政拨款安排213.24万元，其中：", "因公出国费0万元，比上年减0万元。", "公务接待费209.94万元。", "公务用车运行维护费 3.3 万元。"));
        Assert.True(outcome.Applicable);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void Fails_where_a_fiscal_class_differs_from_the_fiscal_table_with_both_locations()
    {
        var outcome = Run([Expenditure, General],
            Section("(三) 财政拨款支出情况", 85, "财政拨款支出预算总额为 8763.47 万元。", "按支出功能科目划分：卫生健康支出 7697.58 万元。"));
        var f = Assert.Single(outcome.Findings);
        Assert.Equal("NAR001", f.Rule);
        Assert.Contains("卫生健康支出 7697.58 万元 ≠ general-budget-expenditure 210 卫生健康支出 合计 7697.60 万元（Δ 0.02 万元）", f.Message);
        Assert.Equal([89, 11], f.Locations.Select(l => l.Line!.Value));
        Assert.Equal((7697.60m, 7697.58m), (f.Expected!.Value, f.Actual!.Value));
    }

    [Fact]
    public void Tolerance_is_half_a_unit_of_each_printed_figure_after_unit_conversion()
    {
        // 8763.5 万元 (± 0.05) against 8763.47 (± 0.005): Δ 0.03 ≤ 0.055 passes; 8763.4 is Δ 0.07 and fails
        Section Fiscal(string amount) => Section("(三) 财政拨款支出情况", 85, $"财政拨款支出预算总额为 {amount}。");
        Assert.Empty(Run([General], Fiscal("8763.5 万元")).Findings);
        Assert.Single(Run([General], Fiscal("8763.4 万元")).Findings);
        Assert.Empty(Run([General], Fiscal("87634700 元")).Findings);
        Assert.Single(Run([General], Fiscal("87634800 元")).Findings);
    }

    [Fact]
    public void Project_counts_and_office_costs_without_their_table_are_not_compared()
    {
        var basic = Table("general-budget-basic-expenditure", "合计 | total=6824.03 personnel=5879.96 publicUse=944.07");
        var outcome = Run([Expenditure, basic],
            Section("(六) 机关运行经费等重要事项的说明", 103, "机关运行经费预算 900.00 万元。"),
            Section("(九) 预算绩效管理情况说明", 121, "部门预算安排项目 4 个, 项目预算金额合计 5083.74 万元。"));
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void All_funds_are_not_compared_with_fiscal_tables()
    {
        var outcome = Run([General], Section("(二) 支出预算情况", 75, "按支出功能科目划分：卫生健康支出 12192.64 万元。"));
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void Not_applicable_without_narrative()
    {
        Assert.False(Run([Expenditure]).Applicable);
    }
}
