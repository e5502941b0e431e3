using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Sheets.OverviewCells;

namespace BudgetLens.Recognition.Tests;

/// <summary>The 项目支出绩效目标表（含转移支付项目） overview printed as cells (Excel, Word, HTML): tab-separated rows as the office readers give them.</summary>
public sealed class OverviewCellsRecognizerTests
{
    private static BudgetDocument Extract(params string[] lines) =>
        DocumentExtractor.Default.Extract(TextSource.FromString("cells.tsv", string.Join("\n", lines)));

    private static string Row(params string[] cells) => string.Join('\t', cells);

    private static readonly string Header = Row("项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标");

    [Fact]
    public void Reads_total_unit_and_projects_with_goal_and_numbered_indicators()
    {
        var doc = Extract(
            "项目支出绩效目标表（含转移支付项目）",
            "单位名称：某市医疗保障服务中心",
            "单位：万元",
            Header,
            Row("合计", "1,058.00", "1,000.00", "", "58.00"),
            Row("某市医疗保障服务中心", "1,058.00", "1,000.00", "", "58.00"),
            Row("办公、业务用房维护维修经费", "1,000.00", "1,000.00", "", "", "通过开展加固及外墙维护，解决场地安全隐患问题等。",
                "1、1-产出指标；11-数量指标；项目启动率；实施周期指标值:100%；年度指标值:100%。 2、3-满意度指标；31-服务对象满意度；来访群众满意度；实施周期指标值:≥90%；年度指标值:＞90%。"),
            Row("购置经费", "58.00", "", "", "58.00", "保障运行。", "1、1-产出指标；12-质量指标；验收通过率；100%。"));

        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0001");
        var table = Assert.Single(doc.Tables);
        Assert.Equal("project-summary", table.Kind);
        Assert.Equal("某市医疗保障服务中心", table.Issuer);
        Assert.Equal(MoneyUnit.TenThousandYuan, table.Unit);
        Assert.Equal(["合计", "某市医疗保障服务中心", "办公、业务用房维护维修经费", "购置经费"], table.Rows.Select(r => r.Name));
        Assert.Equal([0, 1, 2, 2], table.Rows.Select(r => r.Level));
        Assert.Equal([RowRoles.Total, RowRoles.Subtotal, RowRoles.Item, RowRoles.Item], table.Rows.Select(r => r.Role));
        // explicit cells: the 其他资金 amount stays in its column, the empty 财政专户拨款 is null
        Assert.Equal(58.00m, table.Rows[3].Values["other"]);
        Assert.Null(table.Rows[3].Values["fiscal"]);
        Assert.Null(table.Rows[3].Values["fiscalSpecialAccount"]);

        Assert.Equal(2, doc.Projects.Count);
        var first = doc.Projects[0];
        Assert.Equal("某市医疗保障服务中心", first.Implementer);
        Assert.Equal(MoneyUnit.TenThousandYuan, first.Unit);
        Assert.Equal(1000.00m, first.Funds["total"]);
        Assert.Equal("通过开展加固及外墙维护，解决场地安全隐患问题等。", first.Goal);
        Assert.Equal(2, first.Indicators.Count);
        Assert.Equal("项目启动率", first.Indicators[0].Name);
        Assert.Equal("1-产出指标", first.Indicators[0].Level1Raw);
        Assert.Equal("100%", first.Indicators[0].PeriodText);
        Assert.Equal("＞90%", first.Indicators[1].Text);
        Assert.Equal("服务对象满意度指标", first.Indicators[1].Level2);
        var second = doc.Projects[1];
        Assert.Equal("保障运行。", second.Goal);
        var only = Assert.Single(second.Indicators);
        Assert.Equal("验收通过率", only.Name);
        Assert.Null(only.PeriodText);
        Assert.Equal("100%", only.Text);
    }

    [Fact]
    public void Without_a_unit_row_every_row_is_a_project_and_a_repeated_header_is_layout()
    {
        var doc = Extract(
            "项目支出绩效目标表",
            Row("项目名称", "财政拨款", "总计", "绩效指标"),
            Row("甲项目", "5.00", "5.00", "1、1-产出指标；11-数量指标；次数；年度指标值:3次。"),
            Row("项目名称", "财政拨款", "总计", "绩效指标"),
            Row("乙项目", "2.50", "2.50", ""));
        var table = Assert.Single(doc.Tables);
        Assert.Equal(["甲项目", "乙项目"], table.Rows.Select(r => r.Name));
        Assert.All(table.Rows, r => Assert.Equal(2, r.Level));
        Assert.Equal(["fiscal", "total"], table.Rows[0].Values.Keys);
        Assert.Equal(2, doc.Projects.Count);
        Assert.Null(doc.Projects[0].Implementer);
        Assert.Equal("3次", Assert.Single(doc.Projects[0].Indicators).Text);
        Assert.Empty(doc.Projects[1].Indicators);
    }

    [Fact]
    public void A_row_with_an_unreadable_amount_is_reported_not_guessed()
    {
        var doc = Extract(
            "项目支出绩效目标表",
            Header,
            Row("甲项目", "五元", "", "", "", "目标。", ""));
        Assert.Contains(doc.Diagnostics, d => d.Id == "EXT0007" && d.Location?.Line == 3 && d.Text!.Contains("甲项目", StringComparison.Ordinal));
        Assert.Empty(doc.Projects);
    }

    [Theory]
    [InlineData("1、1-产出指标；11-数量指标；甲；年度指标值:1次。 2、2-效益指标；21-经济效益；乙；年度指标值:2、3项。", 2)]
    [InlineData("1、1-产出指标；11-数量指标；甲；1次。2、1-产出指标；11-数量指标；乙；2次。", 2)]
    [InlineData("说明文字", 0)]
    [InlineData("", 0)]
    public void Indicator_cell_splits_where_a_numbered_indicator_starts(string cell, int count) =>
        Assert.Equal(count, IndicatorCell.Split(cell).Count);

    [Fact]
    public void A_header_without_amount_or_target_columns_is_not_an_overview()
    {
        Assert.Null(OverviewColumns.TryRead(["项目名称", "绩效目标", "绩效指标"]));
        Assert.Null(OverviewColumns.TryRead(["项目名称", "总计", "财政拨款"]));
        Assert.Null(OverviewColumns.TryRead(["项目名称", "总计", "绩效目标", "备注"]));
        var columns = OverviewColumns.TryRead(["项目名称（资金使用单位）", "总 计", "绩效目标"])!;
        Assert.Equal(0, columns.Name);
        Assert.Equal([(1, "total")], columns.Amounts);
        Assert.Equal(2, columns.Goal);
        Assert.Null(columns.Indicators);
    }
}
