using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Sheets.NumberedLines;

namespace BudgetLens.Recognition.Tests;

/// <summary>The 项目支出绩效目标表 overview layout (000/002) on hand-written snippets with the nasty wrapping cases.</summary>
public sealed class NumberedLinesRecognizerTests
{
    private static BudgetDocument Extract(params string[] lines) =>
        DocumentExtractor.Default.Extract(TextSource.FromString("snippet.txt", string.Join("\n", lines)));

    private static void AssertAllLinesUsed(BudgetDocument doc) =>
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0001");

    private const string Header = "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标";

    [Fact]
    public void Reads_rows_and_sheets_with_wrapped_names_and_indicators()
    {
        var doc = Extract(
            "项目支出绩效目标表",                                          // 1
            "单位名称：某市医疗保障服务中心 单位：万元",                      // 2
            Header,                                                        // 3
            "合计 1,058.00 1,058.00",                                      // 4
            "某市医疗保障服务中心 1,058.00 1,058.00",                       // 5
            "    办公、业务用房维护维修经",                                 // 6
            "费",                                                          // 7
            "",                                                            // 8
            "1,000.00 1,000.00",                                           // 9
            "通过开展加固及外墙维",                                         // 10
            "护，解决场地安全隐患问题等。",                                 // 11
            "1、1-产出指标；11-数量指标；项目启动率；实施周期指标值:100%；",  // 12
            "",                                                            // 13
            "年度指标值:100%。",                                           // 14
            "2、1-产出指标；11-数量指标；印刷宣传品数量；实施周期指标值:不", // 15
            "少于2000000份；年度指标值:不少于2000000份。",                  // 16
            "3、3-满意度指标；31-服务对象满意度；来访群众满意度；实施周期指", // 17
            "值:≥90%；年度指标值:＞90%。",                                  // 18
            "    购置经费 58.00 58.00",                                    // 19
            "通过购置必要的办公设备，保障工作",                              // 20
            "。",                                                          // 21
            "1、1-产出指标；12-质量指标；验收通过率；实施周期指标值：100%；年", // 22
            "度指标值：100%",                                              // 23
            "。");                                                         // 24
        AssertAllLinesUsed(doc);
        var table = Assert.Single(doc.Tables);
        Assert.Equal(("project-summary", MoneyUnit.TenThousandYuan, "某市医疗保障服务中心"), (table.Kind, table.Unit!.Value, table.Issuer!));
        Assert.Equal((1, 19), (table.Location.Line!.Value, table.Location.EndLine!.Value));
        Assert.Equal(["合计", "某市医疗保障服务中心", "办公、业务用房维护维修经费", "购置经费"], table.Rows.Select(r => r.Name));
        Assert.Equal([0, 1, 2, 2], table.Rows.Select(r => r.Level!.Value));
        Assert.Equal(["total", "subtotal", "item", "item"], table.Rows.Select(r => r.Role));
        var row = table.Rows[2];
        Assert.Equal((6, 9), (row.Location.Line!.Value, row.Location.EndLine!.Value));
        Assert.Equal(1000m, row.Values["total"]);
        Assert.Equal(1000m, row.Values["fiscal"]);
        Assert.True(row.Values.ContainsKey("fiscalSpecialAccount") && row.Values["fiscalSpecialAccount"] is null);
        Assert.True(row.Values.ContainsKey("other") && row.Values["other"] is null);

        Assert.Equal(2, doc.Projects.Count);
        var sheet = doc.Projects[0];
        Assert.Equal("办公、业务用房维护维修经费", sheet.Name);
        Assert.Equal("某市医疗保障服务中心", sheet.Implementer);
        Assert.Equal("通过开展加固及外墙维护，解决场地安全隐患问题等。", sheet.Goal);
        Assert.Equal((6, 18), (sheet.Location.Line!.Value, sheet.Location.EndLine!.Value));
        Assert.Equal(3, sheet.Indicators.Count);
        var first = sheet.Indicators[0];
        Assert.Equal(("1-产出指标", "11-数量指标", "项目启动率", "100%", "100%"), (first.Level1Raw!, first.Level2Raw!, first.Name!, first.PeriodText!, first.Text!));
        Assert.Equal((12, 14), (first.Location.Line!.Value, first.Location.EndLine!.Value));
        Assert.Equal(("不少于2000000份", "≥", 2000000m), (sheet.Indicators[1].Text!, sheet.Indicators[1].Comparator!, sheet.Indicators[1].Value!.Value));
        Assert.Equal(("≥90%", "＞90%", ">"), (sheet.Indicators[2].PeriodText!, sheet.Indicators[2].Text!, sheet.Indicators[2].Comparator!));
        Assert.Equal(("满意度指标", "服务对象满意度指标"), (sheet.Indicators[2].Level1!, sheet.Indicators[2].Level2!));

        var second = doc.Projects[1];
        Assert.Equal("通过购置必要的办公设备，保障工作。", second.Goal);
        var last = Assert.Single(second.Indicators);
        Assert.Equal(("100%", "100%", 22, 24), (last.PeriodText!, last.Text!, last.Location.Line!.Value, last.Location.EndLine!.Value));
    }

    [Fact]
    public void A_goal_printed_after_the_indicators_belongs_to_its_sheet_and_a_lone_stop_closes_the_indicator()
    {
        var doc = Extract(
            "项目支出绩效目标表（含转移支付项目）",                       // 1
            Header,                                                     // 2
            "合计 834.74 834.74",                                       // 3
            "某中心 834.74 834.74",                                     // 4
            "    业务用房租赁经费 834.74 834.74",                        // 5
            "1、1-产出指标；11-数量指标；保障场地个数；实施周期指标值:≥",  // 6
            "4个；年度指标值:≥4个。",                                   // 7
            "2、3-满意度指标；31-服务对象满意度；政务服务好评率；实施周期指", // 8
            "标值:≥90%；年度指标值:≥90%",                                // 9
            "",                                                         // 10
            "通过租赁业务用房，为工作正常开展提供",                       // 11
            "有效的机构运行保障。",                                       // 12
            "",                                                         // 13
            "。",                                                       // 14
            " " + Header,                                               // 15
            "",                                                         // 16
            "    物业管理费 0.00 0.00",                                   // 17
            "通过物业管理保障运行。");                                    // 18
        AssertAllLinesUsed(doc);
        Assert.Equal(2, doc.Projects.Count);
        var sheet = doc.Projects[0];
        Assert.Equal("业务用房租赁经费", sheet.Name);
        Assert.Equal("通过租赁业务用房，为工作正常开展提供有效的机构运行保障。", sheet.Goal);
        Assert.Equal((5, 14), (sheet.Location.Line!.Value, sheet.Location.EndLine!.Value));
        var second = sheet.Indicators[1];
        Assert.Equal(("≥90%", 8, 14), (second.Text!, second.Location.Line!.Value, second.Location.EndLine!.Value));
        Assert.Equal("物业管理费", doc.Projects[1].Name);
        Assert.Equal(0m, doc.Projects[1].Funds["total"]);
        Assert.Equal("通过物业管理保障运行。", doc.Projects[1].Goal);
        Assert.Null(doc.Year);
    }

    [Fact]
    public void A_placeholder_sheet_comes_out_as_printed()
    {
        var doc = Extract(
            "项目支出绩效目标表",
            Header,
            "合计 35,000.00 35,000.00",
            "某中心 35,000.00 35,000.00",
            "    31000120230101 35,000.00 35,000.00 31000120230101",
            "1、1-产出指标；11-数量指标；31000120230101；实施周期指标",
            "值:31000120230101；年度指标值:31000120230101。");
        AssertAllLinesUsed(doc);
        var sheet = Assert.Single(doc.Projects);
        Assert.Equal(("31000120230101", "31000120230101", null), (sheet.Name!, sheet.Goal!, sheet.Code));
        Assert.Equal(35000m, sheet.Funds["total"]);
        var indicator = Assert.Single(sheet.Indicators);
        Assert.Equal(("31000120230101", "31000120230101", "31000120230101"), (indicator.Name!, indicator.PeriodText!, indicator.Text!));
        Assert.Null(indicator.Value);
        Assert.Null(indicator.Comparator);
    }

    [Fact]
    public void Places_amounts_by_the_header_order_in_yuan_with_a_glued_header()
    {
        var doc = Extract(
            "2024年项目支出绩效目标表",
            "填报单位：某局",
            "单位：元",
            "项目名称总计其他资金财政拨款绩效目标绩效指标",
            "总  计 3000 1000 2000",
            "某局 3000 1000 2000",
            "  课题经费 3000 1000 2000",
            "完成课题研究。",
            "1、1-产出指标；11-数量指标；完成课题报告份数；实施周期指标值1份；年度指标值1份。");
        AssertAllLinesUsed(doc);
        var table = Assert.Single(doc.Tables);
        Assert.Equal(MoneyUnit.Yuan, table.Unit);
        Assert.Equal("某局", table.Issuer);
        Assert.Equal("总计", table.Rows[0].Name);
        var row = table.Rows[2];
        Assert.Equal(["total", "other", "fiscal"], row.Values.Keys);
        Assert.Equal((3000m, 1000m, 2000m), (row.Values["total"]!.Value, row.Values["other"]!.Value, row.Values["fiscal"]!.Value));
        var indicator = Assert.Single(Assert.Single(doc.Projects).Indicators);
        Assert.Equal(("1份", "1份", 1m, "份"), (indicator.PeriodText!, indicator.Text!, indicator.Value!.Value, indicator.Unit!));
    }

    [Fact]
    public void Leaves_other_target_sheets_to_other_recognisers()
    {
        var source = TextSource.FromString("x.txt", "项目支出绩效目标表\n项目名称 城乡居民基本医疗保险\n主管部门 某局\n年度总体目标 解决问题。");
        var context = new Pipeline.ExtractionContext(source);
        var block = new Pipeline.Block(Tables.TableKinds.ProjectTargets, 1, 1, 4);
        Assert.False(new NumberedLinesRecognizer().CanRead(block, context));
    }
}
