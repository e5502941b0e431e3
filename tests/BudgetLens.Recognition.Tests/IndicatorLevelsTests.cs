using BudgetLens.Recognition.Indicators;

namespace BudgetLens.Recognition.Tests;

public sealed class IndicatorLevelsTests
{
    [Theory]
    [InlineData("1-产出指标", "产出指标")]
    [InlineData("3-满意度指标", "满意度指标")]
    [InlineData("效益指标", "效益指标")]
    [InlineData("效果指标", null)]
    public void Level1_is_canonical(string printed, string? expected) => Assert.Equal(expected, IndicatorLevels.CanonicalLevel1(printed));

    [Theory]
    [InlineData("产出指标", "11-数量指标", "数量指标")]
    [InlineData("效益指标", "22-社会效益", "社会效益指标")]
    [InlineData("满意度指标", "31-服务对象满意度", "服务对象满意度指标")]
    [InlineData("满意度指标", "满意度指标", null)]
    [InlineData("产出指标", "产出指标", null)]
    [InlineData("产出指标", "14-成本指标", "成本指标")]
    [InlineData("效益指标", "效果指标", null)]
    public void Level2_is_canonical_or_null(string level1, string printed, string? expected) =>
        Assert.Equal(expected, IndicatorLevels.CanonicalLevel2(level1, printed));
}
