using BudgetLens.Model;
using BudgetLens.Recognition.Sheets.Grid;

namespace BudgetLens.Recognition.Tests;

/// <summary>The cell-grid → TargetSheet logic on hand-written rows, independent of any syntax.</summary>
public sealed class GridSheetReaderTests
{
    private static GridSheetResult Read(MoneyUnit? unit, params string[][] rows) =>
        GridSheetReader.Read(rows.Select((cells, i) => GridRow.AtLine(i + 2, cells)).ToList(), SourceLocation.AtLine(1), unit);

    private static readonly string[] Header6 = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "说明"];

    [Fact]
    public void Reads_fields_money_and_a_repeated_category()
    {
        var r = Read(MoneyUnit.Yuan,
            ["一级项目名称", "专项-民生", "", "二级项目名称", "医保补助", ""],
            ["", "专项-民生项目", "", "二级项目名称", "医保补助", ""],
            ["主管部门", "某某局", "", "实施单位", "某某中心", ""],
            ["资金情况", "年度资金总额：", "1,200,000.00", "", "", ""],
            ["", "其中：财政拨款", "1,000,000.00", "", "", ""],
            ["", "非财政拨款", "", "", "", ""],
            ["年度总体目标", "保障待遇。", "", "", "", ""],
            Header6,
            ["", "产出指标", "数量指标", "参保人数", "≥ 341万人", ""]);
        var s = r.Sheet;
        Assert.Equal(("医保补助", "专项-民生", "某某局", "某某中心", "保障待遇。"), (s.Name, s.Category, s.Department, s.Implementer, s.Goal));
        Assert.Equal(MoneyUnit.Yuan, s.Unit);
        Assert.Equal(1200000m, s.Funds["total"]);
        Assert.Equal(1000000m, s.Funds["fiscal"]);
        Assert.True(s.Funds.ContainsKey("nonFiscal"));
        Assert.Null(s.Funds["nonFiscal"]);
        var duplicate = Assert.Single(r.Diagnostics);
        Assert.Equal(("EXT0004", "专项-民生项目", 3), (duplicate.Id, duplicate.Text, duplicate.Location!.Line));
        Assert.Equal((1, 10), (s.Location.Line, s.Location.EndLine));
    }

    [Fact]
    public void Realigns_shifted_cells_by_what_they_hold()
    {
        var r = Read(null,
            ["项目名称", "X", "", "", "", ""],
            Header6,
            ["", "产出指标", "数量指标", "参保人数", "≥ 341万人", ""],
            ["", "", "成本指标", "项目或定额成本控制率", "", "= 100%"],   // value moved into 说明
            ["", "项目资金控制", "", "≤ 5万元", "", ""],                  // name in the 一级 column, value in 三级
            ["", "", "", "", "", ""],
            ["效益指标", "社会效益指标", "保障待遇", "有效保障", "", ""],     // one column left
            ["", "", "效益指标", "经济效益指标", "基金平衡", "结余5%-10%"], // one column right
            ["", "生态效益指标", "", "环境改善", "明显", ""],              // level 2 in the 一级 column
            ["满意度指标", "服务对象满意度指标", "满意度", "≥ 95%", "", ""]);
        var i = r.Sheet.Indicators;
        Assert.Equal(7, i.Count);
        Assert.Equal(("产出指标", "成本指标", "项目或定额成本控制率", "= 100%", (string?)null), (i[1].Level1, i[1].Level2, i[1].Name, i[1].Text, i[1].Note));
        Assert.Equal(("产出指标", "成本指标", "项目资金控制", "≤ 5万元"), (i[2].Level1, i[2].Level2, i[2].Name, i[2].Text));
        Assert.Equal(("效益指标", "社会效益指标", "保障待遇", "有效保障"), (i[3].Level1, i[3].Level2, i[3].Name, i[3].Text));
        Assert.Equal(("经济效益指标", "基金平衡", "range", 5m, 10m), (i[4].Level2, i[4].Name, i[4].Comparator, i[4].Value!.Value, i[4].ValueMax!.Value));
        Assert.Equal(("效益指标", "效益指标", "生态效益指标", "环境改善"), (i[5].Level1, i[5].Level1Raw, i[5].Level2, i[5].Name));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "满意度", "≥ 95%"), (i[6].Level1, i[6].Level2, i[6].Name, i[6].Text));
        Assert.Empty(r.Diagnostics);
        Assert.Equal(2, r.LayoutRows.Count); // the header and the blank row
    }

    [Fact]
    public void Joins_symbol_value_and_unit_columns_and_reads_a_row_shifted_left()
    {
        var r = Read(null,
            ["项目名称", "结转项目", "", "项目编码", "52270022P00476010001F", "", "", ""],
            ["绩效目标", "目标1：A。 目标2：B。", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "*三级指标", "指标值", "", "", "备注（指标解释等）", "指标值说明（评分标准等）"],
            ["", "", "", "*符号", "*值", "计量单位", "", ""],
            ["产出指标", "数量指标", "培训", "≥", "80", "人次", "", ""],
            ["", "", "改革", "定性", "持续推进", "", "", ""],
            ["", "时效指标", "完成时间", "定性", "2022年12月底", "", "", ""],
            ["成本指标", "成本控制率", "=", "100", "%", "成本控制率", "", ""],
            ["", "资金使用", "≤", "231", "万元", "", "", ""],
            ["满意度指标", "满意度指标", "满意度", "≥", "90", "%", "", ""]);
        var s = r.Sheet;
        Assert.Equal(("结转项目", "52270022P00476010001F", "目标1：A。 目标2：B。"), (s.Name, s.Code, s.Goal));
        Assert.Empty(s.Funds);
        var i = s.Indicators;
        Assert.Equal(6, i.Count);
        Assert.Equal(("≥ 80 人次", "≥", 80m, "人次"), (i[0].Text, i[0].Comparator, i[0].Value!.Value, i[0].Unit));
        Assert.Equal(("定性 持续推进", "定性"), (i[1].Text, i[1].Comparator));
        Assert.Equal(("定性", (decimal?)null), (i[2].Comparator, i[2].Value));
        Assert.Equal(("产出指标", "成本指标", "成本控制率", "= 100 %", "成本控制率"), (i[3].Level1, i[3].Level2, i[3].Name, i[3].Text, i[3].Note));
        Assert.Equal(("产出指标", "成本指标", "资金使用", "≤ 231 万元", (string?)null), (i[4].Level1, i[4].Level2, i[4].Name, i[4].Text, i[4].Note));
        Assert.Equal(("满意度指标", (string?)null, "满意度指标"), (i[5].Level1, i[5].Level2, i[5].Level2Raw));
        Assert.Equal(2, r.LayoutRows.Count);
    }

    [Fact]
    public void Cost_as_a_level_one_keeps_its_level_two_and_other_columns_are_read_by_header()
    {
        var r = Read(null,
            ["项目名称", "X"],
            ["一级指标", "二级指标", "三级指标", "权重", "年度指标值", "实施周期指标值", "备注"],
            ["产出指标", "数量指标", "人数", "20", "≥10人", "≥30人", "含外聘"],
            ["成本指标", "经济成本指标", "人均成本", "10", "≤5万元", "≤15万元", ""]);
        var i = r.Sheet.Indicators;
        Assert.Equal(("≥10人", "≥30人", 20m, "含外聘"), (i[0].Text, i[0].PeriodText, i[0].Weight!.Value, i[0].Note));
        Assert.Equal(("成本指标", "经济成本指标", "≤5万元"), (i[1].Level1, i[1].Level2, i[1].Text));
    }

    [Fact]
    public void A_goal_printed_after_the_indicators_belongs_to_the_sheet()
    {
        var r = Read(null,
            ["项目名称", "X", "", "", "", ""],
            Header6,
            ["", "产出指标", "数量指标", "人数", "≥10人", ""],
            ["年度总体目标", "完成任务。", "", "", "", ""]);
        Assert.Single(r.Sheet.Indicators);
        Assert.Equal("完成任务。", r.Sheet.Goal);
        Assert.Equal(5, r.Sheet.Location.EndLine);
    }

    [Fact]
    public void A_goal_continued_under_a_merged_label_is_appended_and_stray_cells_are_reported()
    {
        var r = Read(null,
            ["项目名称", "X", "", ""],
            ["年度总体目标", "第一句，", "", ""],
            ["", "第二句。", "", ""],
            ["附注", "", "", "无关文字"]);
        Assert.Equal("第一句，第二句。", r.Sheet.Goal);
        Assert.Equal(2, r.Diagnostics.Count(d => d.Id == "EXT0007"));
    }
}
