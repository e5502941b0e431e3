using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tests;

/// <summary>Project target sheets printed as Markdown pipe tables, read end to end.</summary>
public sealed class GridMarkdownTargetSheetRecognizerTests
{
    private static BudgetDocument Extract(string text) => DocumentExtractor.Default.Extract(TextSource.FromString("t.md", text));

    private const string TwoSheets = """
        某州2024年项目支出绩效目标申报表

        单位：元

        | | | | | | |
        |---|---|---|---|---|---|
        | 二级项目名称 | 城乡居民医保 | | 一级项目名称 | 特定目标-民生 | |
        | 主管部门 | 某州医疗保障局 | | 实施单位 | 某州医疗保障局 | |
        | 资金情况 | 年度资金总额 | 28,000.00 | | | |
        | | 其中：财政拨款 | 28,000.00 | | | |
        | 年度总体目标 | 保障待遇。 | | | | |
        | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 说明 |
        | | 产出指标 | 数量指标 | 参保人数 | ≥ 341万人 | |
        | 满意度指标 | 服务对象满意度指标 | 参保对象满意度 | ≥ 95% | | |

        预算项目绩效信息表（上年结转项目）

        | 项目名称 | 结转项目 | | 项目编码 | P001 | | |
        |---|---|---|---|---|---|---|
        | 绩效目标 | 目标1。 | | | | | |
        | 一级指标 | 二级指标 | *三级指标 | 指标值 | | | 备注 |
        | | | | *符号 | *值 | 计量单位 | |
        | 产出指标 | 数量指标 | 培训 | ≥ | 2 | 次 | |
        """;

    [Fact]
    public void Reads_each_titled_grid_as_one_project_sheet()
    {
        var doc = Extract(TwoSheets);
        Assert.Equal(2, doc.Projects.Count);
        var a = doc.Projects[0];
        Assert.Equal(("城乡居民医保", "特定目标-民生", MoneyUnit.Yuan, 28000m), (a.Name, a.Category, a.Unit, a.Funds["total"]!.Value));
        Assert.Equal((1, 14), (a.Location.Line, a.Location.EndLine));
        Assert.Equal(2, a.Indicators.Count);
        var b = doc.Projects[1];
        Assert.Equal(("结转项目", "P001", (MoneyUnit?)null, "≥ 2 次"), (b.Name, b.Code, b.Unit, b.Indicators[0].Text));
        Assert.Equal((16, 23), (b.Location.Line, b.Location.EndLine));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0001");
        Assert.Equal(2024, doc.Year);
        Assert.Equal("某州医疗保障局", doc.Issuer);
    }

    [Fact]
    public void A_titled_sheet_in_prose_is_left_to_other_recognisers()
    {
        // no pipe rows: the grid reader leaves the block, the labelled (space-separated) reader reads it
        var doc = Extract("某项目支出绩效目标表\n项目名称：甲\n年度目标：乙\n");
        var sheet = Assert.Single(doc.Projects);
        Assert.Equal(("甲", "乙"), (sheet.Name, sheet.Goal));
    }
}
