using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt013Tests
{
    [Fact]
    public void Just_under_half_passes_and_a_deadline_is_measurable()
    {
        var sheet = Sheet("s", 1, 1m, I("产出指标/时效指标", "完成时间", "2023年12月底前", 2), I("效益指标/社会效益指标", "保障待遇", "有效保障", 3),
            I("产出指标/数量指标", "检查", "≥ 5次", 4));
        Assert.Empty(Run(new Pt013UnmeasurableTargets(), sheet).Findings);
    }

    [Fact]
    public void Exactly_half_fails_with_the_share()
    {
        var sheet = Sheet("特殊待遇事务专项工作经费", 239, 16m, I("产出指标/数量指标", "发送短信服务覆盖人群", "≥10万人", 244),
            I("效益指标/社会效益指标", "提高政策知晓度", "提高政策知晓度、保障就医真实性", 246));
        var f = Assert.Single(Run(new Pt013UnmeasurableTargets(), sheet).Findings);
        Assert.StartsWith("特殊待遇事务专项工作经费：2 个指标中 1 个（50%）没有可衡量的值", f.Message);
        Assert.Equal([239, 246], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Not_applicable_without_sheets() => Assert.False(Run(new Pt013UnmeasurableTargets()).Applicable);
}
