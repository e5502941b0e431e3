using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt003Tests
{
    [Fact]
    public void Passes_with_framework_level2() => Assert.Empty(Run(new Pt003Level2Misplaced(), Good("购置经费", 31)).Findings);

    [Fact]
    public void Fails_once_per_printed_label_for_a_repeated_level1_and_for_a_level2_outside_the_framework()
    {
        var sheet = Sheet("赣州市医疗保障局", 418, 1m,
            I("产出指标/产出指标!", "培训次数", "≥2次", 431), I("产出指标/产出指标!", "检查次数", "≥1次", 432),
            I("产出指标/效果指标!", "及时办结率", "≥ 60 %", 433),
            I("满意度指标/服务对象满意度指标", "满意度", "≥85%", 440));
        var findings = Run(new Pt003Level2Misplaced(), sheet).Findings;
        Assert.Equal(2, findings.Count);
        Assert.Equal("赣州市医疗保障局：二级指标「产出指标」重复一级指标 产出指标（培训次数、检查次数）", findings[0].Message);
        Assert.Equal([431, 432], findings[0].Locations.Select(l => l.Line!.Value));
        Assert.Equal("赣州市医疗保障局：二级指标「效果指标」不是 产出指标 下的指标体系二级指标（及时办结率）", findings[1].Message);
    }

    [Fact]
    public void Not_applicable_without_sheets() => Assert.False(Run(new Pt003Level2Misplaced()).Applicable);
}
