using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt004Tests
{
    [Fact]
    public void Passes_when_quantities_have_numbers_and_quality_texts_need_none()
    {
        var sheet = Sheet("s", 1, 1m, I("产出指标/数量指标", "参保人数", "≥ 341万人", 2), I("效益指标/社会效益指标", "保障待遇", "有效保障", 3));
        Assert.Empty(Run(new Pt004QuantityWithoutNumber(), sheet).Findings);
    }

    [Fact]
    public void Fails_for_a_quantity_or_a_cost_without_a_number()
    {
        var sheet = Sheet("s", 1, 1m, I("产出指标/数量指标", "深化医保支付方式改革", "定性 持续推进DIP国家试点工作", 274),
            I("成本指标", "项目成本控制", "预算范围内", 437));
        var findings = Run(new Pt004QuantityWithoutNumber(), sheet).Findings;
        Assert.Equal([274, 437], findings.Select(f => f.FirstLine!.Value));
        Assert.Equal("s：成本指标「项目成本控制」的指标值「预算范围内」没有数值", findings[1].Message);
    }

    [Fact]
    public void Not_applicable_without_sheets() => Assert.False(Run(new Pt004QuantityWithoutNumber()).Applicable);
}
