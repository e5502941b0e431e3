using static BudgetLens.Recognition.Tests.DelimitedTestDocument;

namespace BudgetLens.Recognition.Tests;

/// <summary>Recogniser rules the office round trip needed, each by structure: income source columns, 总数 totals, tables without amounts, sheet money blanks and groups.</summary>
public sealed class OfficeLayoutRecognitionTests
{
    [Fact]
    public void Income_summary_columns_map_to_their_source_keys()
    {
        var doc = Extract(
            "某某局部门收入总表",
            "单位：万元",
            "科目编码→科目名称→合计→上年结转→一般公共预算拨款收入→非教育收费→事业单位经营收入→用事业基金弥补收支差额",
            "→合计→10.00→→10.00→→→",
            "201→一般公共服务支出→10.00→→10.00→→→");
        var table = Assert.Single(doc.Tables);
        Assert.Equal(["total", "carryover", "generalBudget", "nonEducationFees", "operatingIncome", "fundMakeup"], table.Rows[0].Values.Keys);
        Assert.Equal(10m, table.Rows[1].Values["generalBudget"]);
        AssertAllLinesRecognised(doc);
    }

    [Fact]
    public void A_table_printing_no_amount_keeps_its_total_and_category_rows()
    {
        var doc = Extract(
            "某某局政府采购预算明细表",
            "单位：万元",
            "采购项目→合计→上年结转",
            "合计→",
            "货物类→",
            "服务类→");
        var table = Assert.Single(doc.Tables);
        Assert.True(table.Empty);
        Assert.Equal(["合计", "货物类", "服务类"], table.Rows.Select(r => r.Name));
        Assert.Equal(("total", 0), (table.Rows[0].Role, table.Rows[0].Level!.Value));
    }

    [Fact]
    public void Rows_named_as_a_sum_total_are_totals()
    {
        var doc = Extract(
            "某某局财政拨款收支总表",
            "单位：万元",
            "收入→→支出→",
            "项目→预算数→项目→合计",
            "一般公共预算拨款→5.00→一般公共服务支出→5.00",
            "收入总数→5.00→支出总数→5.00");
        var rows = Assert.Single(doc.Tables).Rows;
        Assert.All(rows.Where(r => r.Name!.EndsWith("总数")), r => Assert.Equal(("total", 0), (r.Role, r.Level!.Value)));
    }

    [Fact]
    public void Sheet_money_reads_printed_blanks_and_group_parts()
    {
        var doc = Extract(
            "部门整体支出绩效目标表",
            "部门名称→某某局→→",
            "当年预算情况（万元）→→→",
            "收入预算合计→100.00→其他资金→",
            "上级资金→→财政拨款→80.00",
            "基本支出→合计→60.00→财政拨款→50.00",
            "一级指标→二级指标→三级指标→指标值",
            "产出指标→数量指标→培训次数→≥2次");
        var sheet = Assert.Single(doc.DepartmentTargets);
        Assert.Equal(new Dictionary<string, decimal?> { ["total"] = 100m, ["other"] = null, ["superior"] = null, ["fiscal"] = 80m, ["basic"] = 60m, ["basicFiscal"] = 50m }, sheet.Funds);
    }
}
