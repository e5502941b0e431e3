using BudgetLens.Model;
using static BudgetLens.Recognition.Tests.SpacedSnippet;

namespace BudgetLens.Recognition.Tests;

public sealed class SpacedTableRecognizerTests
{
    private const string GeneralBudget = """
        附件4-2
        某某局一般公共预算财政拨款支出预算表
        单位：元
        功能分类科目 2023年预算数
        科目编码 科目名称 小计 基本支出 项目支出
         合计 1000000 400000 600000
        201 一般公共服务支出 700000 100000 600000
        　20103　政府办公厅（室）及相关机构事务 700000 100000 600000
        2010301行政运行 100000 100000
        2010302一般行政管理事务 600000 600000
        210 卫生健康支出 300000 300000
         21011  行政事业单位医疗 300000 300000
          2101101   行政单位医疗 300000 300000
        备注：本表反映当年一般公共预算财政拨款支出情况。
        """;

    [Fact]
    public void Places_numbers_by_parent_and_total_arithmetic_with_fused_codes_in_yuan()
    {
        var doc = Extract(GeneralBudget);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("general-budget-expenditure", table.Kind);
        Assert.Equal("某某局一般公共预算财政拨款支出预算表", table.Title);
        Assert.Equal(MoneyUnit.Yuan, table.Unit);
        Assert.Equal(14, table.Location.EndLine);
        Assert.Equal(8, table.Rows.Count);
        var total = Row(table, "合计");
        Assert.Equal((0, "total"), (total.Level!.Value, total.Role));
        var admin = Row(table, "2010301");
        Assert.Equal("行政运行", admin.Name);
        Assert.Equal(3, admin.Level);
        Assert.Equal(100000m, V(admin, "basic"));
        Assert.Null(V(admin, "project"));
        Assert.Equal(600000m, V(Row(table, "2010302"), "project"));
        Assert.Null(V(Row(table, "2010302"), "basic"));
        Assert.Equal("政府办公厅（室）及相关机构事务", Row(table, "20103").Name);
        Assert.Equal(300000m, V(Row(table, "2101101"), "basic"));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id is "EXT0001" or "EXT0002");
    }

    [Fact]
    public void Other_column_order_is_read_from_the_header()
    {
        var doc = Extract("""
            某某局部门支出总表
            单位：万元
            科目编码 科目名称 基本支出 项目支出 合计
            合计 3.00 5.00 8.00
            201 一般公共服务支出 3.00 5.00 8.00
            2010301 行政运行 3.00 3.00
            2010302 一般行政管理事务 5.00 5.00
            """);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("expenditure-summary", table.Kind);
        Assert.Equal(["basic", "project", "total"], table.Rows[0].Values.Keys);
        Assert.Equal(3.00m, V(Row(table, "2010301"), "basic"));
        Assert.Equal(3.00m, V(Row(table, "2010301"), "total"));
        Assert.Equal(5.00m, V(Row(table, "2010302"), "project"));
        Assert.Null(V(Row(table, "2010302"), "basic"));
    }

    private const string BasicOverPages = """
        附件4-3
        某某局一般公共预算财政拨款基本支出预算表
        单位：万元
        经济分类科目 2023年基本支出
        科目编码 科目名称 合计 人员经费 公用经费
            合计   12.10 2.10 10.00
        301 工资福利支出 2.00 2.00
          30101   基本工资 2.00 2.00
          30107   绩效工资
        302 商品和服务支出 10.10 0.10 10.00

        附件4-3
        某某局一般公共预算财政拨款基本支出预算表
        单位：万元
        经济分类科目 2023年基本支出
        科目编码 科目名称 合计 人员经费 公用经费
          30201   办公费 3.00 3.00
          30217   公务接待费 4.00 4.00
          30231   公务用车运行维护费 3.00 3.00
          30299   其他商品和服务支出 0.10 0.10
        """;

    [Fact]
    public void A_table_continued_over_pages_is_one_table_and_the_parent_decides_the_30299_trap()
    {
        var doc = Extract(BasicOverPages);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("general-budget-basic-expenditure", table.Kind);
        Assert.Equal((2, 20), (table.Location.Line!.Value, table.Location.EndLine!.Value));
        Assert.Equal(9, table.Rows.Count);
        var other = Row(table, "30299");
        Assert.Equal(0.10m, V(other, "personnel"));
        Assert.Null(V(other, "publicUse"));
        Assert.Equal(3.00m, V(Row(table, "30201"), "publicUse"));
        var blank = Row(table, "30107");
        Assert.All(blank.Values.Values, v => Assert.Null(v));
        Assert.Equal("item", blank.Role);
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id is "EXT0001" or "EXT0002");
    }

    [Fact]
    public void Three_public_columns_are_decided_by_the_basic_table_items()
    {
        var doc = Extract(BasicOverPages + """

            附件4-4
            某某局一般公共预算“三公”经费支出表
            单位：万元
            2023年预算数
            合计 因公出国（境）费
            公务用车购置及运行费

            公务接待费
            小计 公务用车购置费 公务用车运行费

            7.00 3.00 3.00 4.00
            """);
        var table = doc.Tables.Single(t => t.Kind == "three-public-expenses");
        var row = Assert.Single(table.Rows);
        Assert.Null(row.Name);
        Assert.Equal(["total", "overseasTravel", "vehicleTotal", "vehiclePurchase", "vehicleOperation", "reception"], row.Values.Keys);
        Assert.Equal(7.00m, V(row, "total"));
        Assert.Null(V(row, "overseasTravel"));
        Assert.Equal(3.00m, V(row, "vehicleTotal"));
        Assert.Null(V(row, "vehiclePurchase"));
        Assert.Equal(3.00m, V(row, "vehicleOperation"));
        Assert.Equal(4.00m, V(row, "reception"));
    }

    [Fact]
    public void Three_public_without_other_evidence_is_placed_by_header_order_with_a_diagnostic()
    {
        var doc = Extract("""
            某某局“三公”经费支出预算表
            单位：万元
            合计 因公出国（境）费 公务用车购置及运行费 公务接待费
            小计 公务用车购置费 公务用车运行费
            7.00 3.00 3.00 4.00
            """);
        var row = Assert.Single(Assert.Single(doc.Tables).Rows);
        Assert.Equal(3.00m, V(row, "vehiclePurchase"));
        Assert.Contains(doc.Diagnostics, d => d.Id == "EXT0002" && d.Location!.Line == 5);
    }

    [Fact]
    public void A_disclosed_empty_table_is_present_and_empty()
    {
        var doc = Extract("""
            附件4-5
            某某局政府性基金预算支出表
            单位：万元
            科目编码 科目名称
            本年政府性基金预算财政拨款支出
            合计 基本支出 项目支出
            """);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("government-fund-expenditure", table.Kind);
        Assert.True(table.Empty);
        Assert.Empty(table.Rows);
        Assert.Equal(6, table.Location.EndLine);
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0001");
    }

    [Fact]
    public void Procurement_category_rows_after_a_bare_total_are_kept_with_null_values()
    {
        var doc = Extract("""
            某某局 政府采购预算明细表
            单位：万元
            项目 合计 上年结转
            一般公共预算拨
            款收入
            合  计

            货物类
            服务类
            """);
        var table = Assert.Single(doc.Tables);
        Assert.True(table.Empty);
        Assert.Equal(["合计", "货物类", "服务类"], table.Rows.Select(r => r.Name));
        Assert.Equal(["total", "carryover", "generalBudget"], table.Rows[0].Values.Keys);
        Assert.Equal("total", table.Rows[0].Role);
        Assert.Equal(1, table.Rows[1].Level);
    }

    [Fact]
    public void Target_sheets_are_not_claimed()
    {
        var recognizer = new Tables.Spaced.SpacedTableRecognizer();
        var summary = new Tables.Spaced.SpacedSummaryRecognizer();
        var context = new Pipeline.ExtractionContext(Readers.Text.TextSource.FromString("s.txt", "2023年部门（单位）整体支出绩效目标表\n预算部门 某某局\n"));
        foreach (var kind in new[] { "#department-targets", "#project-targets", "#narrative", "other" })
        {
            var block = new Pipeline.Block(kind, 1, 1, 2);
            Assert.False(recognizer.CanRead(block, context));
            Assert.False(summary.CanRead(block, context));
        }
    }

    [Fact]
    public void A_label_wrapped_onto_the_next_line_joins_its_coded_row()
    {
        var doc = Extract("""
            某某局一般公共预算支出表
            单位：万元
            科目编码 科目名称 合计 基本支出 项目支出
            合计 53.96 53.96
            208 社会保障和就业支出 53.96 53.96
              20805   行政事业单位养老支出 53.96 53.96
              2080505   机关事业单位基本养老保险缴费
            支出 35.97 35.97
              2080506   机关事业单位职业年金缴费支出 17.99
            17.99
            """);
        var table = Assert.Single(doc.Tables);
        Assert.Equal(5, table.Rows.Count);
        var pension = Row(table, "2080505");
        Assert.Equal("机关事业单位基本养老保险缴费支出", pension.Name);
        Assert.Equal((7, 8), (pension.Location.Line!.Value, pension.Location.EndLine!.Value));
        Assert.Equal(35.97m, V(pension, "basic"));
        Assert.Equal(17.99m, V(Row(table, "2080506"), "basic"));
    }

    [Fact]
    public void Dashes_printed_in_blank_cells_fix_the_columns()
    {
        var doc = Extract("""
            某某局一般公共预算支出表
            单位：万元
            科目编码 科目名称 合计 基本支出 项目支出
            2010302 一般行政管理事务 5.00 - 5.00
            2010301 行政运行 5.00 5.00 —
            """);
        var table = Assert.Single(doc.Tables);
        Assert.Equal(5.00m, V(Row(table, "2010302"), "project"));
        Assert.Null(V(Row(table, "2010302"), "basic"));
        Assert.Equal("一般行政管理事务", Row(table, "2010302").Name);
        Assert.Equal(5.00m, V(Row(table, "2010301"), "basic"));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0002");
    }

    [Fact]
    public void An_issuer_line_with_the_unit_gives_both()
    {
        var doc = Extract("""
            机关运行经费支出预算表
            编制单位：某某局 单位：元
            科目编码 科目名称 金额
            302 商品和服务支出 1200
            """);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("office-operation-expenses", table.Kind);
        Assert.Equal("某某局", table.Issuer);
        Assert.Equal(MoneyUnit.Yuan, table.Unit);
        Assert.Equal(1200m, V(Row(table, "302"), "amount"));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0001");
    }
}
