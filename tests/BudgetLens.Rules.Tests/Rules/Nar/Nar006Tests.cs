using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Nar;
using BudgetLens.Rules.Tests.Narrative;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Narrative.NarrativeBuilder;

namespace BudgetLens.Rules.Tests.Rules.Nar;

public sealed class Nar006Tests
{
    private static RuleOutcome Run(int? year, params Section[] sections) => new Nar006WrongYear().Check(new RuleContext(Document().With(year, sections)));

    private static readonly Section Glossary = Section("第四部分 名词解释", 163);

    [Fact]
    public void Passes_with_last_year_as_base_and_current_years_in_the_glossary()
    {
        var outcome = Run(2023, Section("(六) 机关运行经费", 103, "机关运行经费预算 944.07 万元，比 2022 年预算增加 13.38 万元。"),
            Glossary, Section("一、收入科目", 165, "(九) 上年结转和结余: 填列 2023 年全部结转和结余的资金数。", "截至 2022 年 12 月 31 日。"),
            Section("(十) 重点项目", 170, "根据《通知》(医保办发〔2019〕17号)等文件。"));
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void Fails_on_a_wrong_base_year_as_warning_and_a_stale_glossary_year_as_info()
    {
        var outcome = Run(2026, Section("(六) 机关运行经费", 103, "机关运行经费预算 944.07 万元，比2026年预算增加 13.38 万元。"),
            Glossary, Section("一、收入科目", 165, "(八) 使用非财政拨款结余：填列历年滚存的非限定用", "途的非统计财政拨款结余弥补 2021 年收支差额的数额。"));
        Assert.Equal(2, outcome.Findings.Count);
        var wrongBase = outcome.Findings[0];
        Assert.Equal((Severity.Warning, 105, 2026m), (wrongBase.Severity, wrongBase.FirstLine!.Value, wrongBase.Actual!.Value));
        Assert.Contains("2026 年预算与 2026 年比较（应为上年 2025 年）", wrongBase.Message);
        var stale = outcome.Findings[1];
        Assert.Equal((Severity.Info, 169, 2021m), (stale.Severity, stale.FirstLine!.Value, stale.Actual!.Value));
    }

    [Fact]
    public void The_edge_years_of_the_glossary()
    {
        Section G(string year) => Section("一、收入科目", 165, $"填列 {year} 年的数额。");
        Assert.Empty(Run(2023, Glossary, G("2022")).Findings);
        Assert.Single(Run(2023, Glossary, G("2021")).Findings);
        Assert.Single(Run(2023, Glossary, G("2024")).Findings);
        Assert.Empty(Run(2023, G("2019")).Findings); // outside the glossary
    }

    [Fact]
    public void Not_applicable_without_narrative_or_year()
    {
        Assert.False(Run(2023).Applicable);
        Assert.False(Run(null, Section("(六) 机关运行经费", 103, "比 2022 年预算增加 13.38 万元。")).Applicable);
    }
}
