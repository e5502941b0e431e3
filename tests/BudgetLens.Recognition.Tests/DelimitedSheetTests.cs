using static BudgetLens.Recognition.Tests.DelimitedTestDocument;

namespace BudgetLens.Recognition.Tests;

public sealed class DelimitedSheetTests
{
    [Fact]
    public void Department_sheet_reads_funds_goal_and_realigns_shifted_indicator_rows()
    {
        var doc = Extract(
            "部门整体支出绩效目标表",
            "（2024年度）",
            "部门名称→某某局→→→",
            "当年预算情况（万元）→→→→",
            "收入预算合计→100.00→→→",
            "其中：财政拨款→80.00→其他经费→20.00→",
            "支出预算合计→100.00→→→",
            "其中：基本支出→60.00→项目支出→40.00→",
            "年度总体目标→<p>目标1：甲。</p> <p>目标2：乙。</p>→→→",
            "年度绩效指标→→→→",
            "一级指标→二级指标→三级指标→目标值→",
            "产出指标→数量指标→培训次数→≥2次→",
            "→时效指标→时效指标→完成及时性→及时",
            "→→→检查及时性→及时",
            "满意度指标→满意度指标→满意度→≥85%→");
        var sheet = Assert.Single(doc.DepartmentTargets);
        Assert.Empty(doc.Tables);
        Assert.Equal(("某某局", "某某局"), (sheet.Name!, sheet.Department!));
        Assert.Equal(Model.MoneyUnit.TenThousandYuan, sheet.Unit);
        Assert.Equal(new Dictionary<string, decimal?> { ["total"] = 100m, ["fiscal"] = 80m, ["nonFiscal"] = 20m, ["expenditureTotal"] = 100m, ["basic"] = 60m, ["project"] = 40m }, sheet.Funds);
        Assert.Equal("目标1：甲。 目标2：乙。", sheet.Goal);
        Assert.Equal(["培训次数", "完成及时性", "检查及时性", "满意度"], sheet.Indicators.Select(i => i.Name));
        Assert.Equal(["数量指标", "时效指标", "时效指标", null], sheet.Indicators.Select(i => i.Level2));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "满意度指标"], sheet.Indicators.Select(i => i.Level1));
        Assert.Equal("及时", sheet.Indicators[2].Text);
        Assert.Equal(15, sheet.Location.EndLine);
        AssertAllLinesRecognised(doc);
    }

    [Fact]
    public void Project_sheet_reads_labelled_pairs_and_a_goal_under_its_label()
    {
        var doc = Extract(
            "项目支出绩效目标表",
            "项目名称→某某经费→→",
            "主管部门及代码→401-某某局→实施单位→某某中心",
            "项目资金（万元）→年度资金总额→30→",
            "→其中：财政拨款→20→",
            "→其他资金→0→",
            "→上年结转→10→",
            "年度绩效目标→→→",
            "目标1：甲。→→→",
            "一级指标→二级指标→三级指标→指标值",
            "成本指标→经济成本指标→成本→≤20万元",
            "效益指标→社会效益指标→便捷度→达成");
        var sheet = Assert.Single(doc.Projects);
        Assert.Equal(("某某经费", "某某局", "某某中心"), (sheet.Name!, sheet.Department!, sheet.Implementer!));
        Assert.Null(sheet.Code);
        Assert.Equal(new Dictionary<string, decimal?> { ["total"] = 30m, ["fiscal"] = 20m, ["other"] = 0m, ["carryover"] = 10m }, sheet.Funds);
        Assert.Equal("目标1：甲。", sheet.Goal);
        Assert.Equal(2, sheet.Indicators.Count);
        Assert.Equal(("≤", 20m, "万元"), (sheet.Indicators[0].Comparator!, sheet.Indicators[0].Value!.Value, sheet.Indicators[0].Unit!));
        AssertAllLinesRecognised(doc);
    }
}
