using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Nar;
using BudgetLens.Rules.Tests.Narrative;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Narrative.NarrativeBuilder;

namespace BudgetLens.Rules.Tests.Rules.Nar;

public sealed class Nar007Tests
{
    private static readonly Table Expenditure = Table("expenditure-summary",
        "210 卫生健康支出 | total=12192.64", "2101502 一般行政管理事务 | total=1015.37", "2101599 其他医疗保障管理事务支出 | total=3643.45");

    private static RuleOutcome Run(params Section[] sections) => new Nar007ClassNames().Check(new RuleContext(Document(Expenditure).With(2023, sections)));

    [Fact]
    public void Passes_on_table_names_and_a_dropped_trailing_zhichu()
    {
        var outcome = Run(Section("(二) 支出预算情况", 75, "按支出功能科目划分：卫生健康支出 12192.64 万元。"),
            Section("二、支出科目", 187, "(二) 一般行政管理事务: 反映行政单位的其他项目支出。", "(五) 其他医疗保障管理事务: 反映其他支出。"));
        Assert.True(outcome.Applicable);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void Fails_on_an_old_class_name_and_on_swapped_characters()
    {
        var outcome = Run(Section("(二) 支出预算情况", 75, "按支出功能科目划分：医疗卫生与计划生育支出 12192.64 万元。"),
            Section("二、支出科目", 187, "(二) 一般行政事务管理: 反映行政单位的其他项目支出。"));
        Assert.Equal(2, outcome.Findings.Count);
        var old = outcome.Findings[0];
        Assert.Equal(Severity.Info, old.Severity);
        Assert.Contains("“医疗卫生与计划生育支出”", old.Message);
        Assert.Contains("210 为“卫生健康支出”", old.Message);
        Assert.Equal([77, 10], old.Locations.Select(l => l.Line!.Value));
        Assert.Contains("2101502 为“一般行政管理事务”", outcome.Findings[1].Message);
        Assert.Equal(189, outcome.Findings[1].FirstLine);
    }

    [Fact]
    public void Not_applicable_without_narrative_or_coded_tables()
    {
        Assert.False(Run().Applicable);
        Assert.False(new Nar007ClassNames().Check(new RuleContext(Document().With(2023, Section("(二) 支出预算情况", 75, "x")))).Applicable);
    }
}
