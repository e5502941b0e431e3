using BudgetLens.Model;
using BudgetLens.Recognition.Tables.Delimited;
using static BudgetLens.Recognition.Tests.DelimitedTestDocument;

namespace BudgetLens.Recognition.Tests;

public sealed class DelimitedTableTests
{
    [Fact]
    public void Function_table_expands_abbreviated_codes_and_maps_columns_by_words()
    {
        var doc = Extract(
            "部门支出总表",
            "编制单位：某某局",
            "单位：元",
            "支出功能分类科目→→2023年预算数→→",
            "科目编码→科目名称→项目支出→基本支出→合计",
            "**→**→1→2→3",
            "→合  计→100→500→600",
            "208→社会保障和就业支出→100→500→600",
            "05→行政事业单位养老支出→→500→500",
            "01→行政单位离退休→→200→200",
            "05→机关事业单位基本养老保险缴费支出→→300→300",
            "10→社会福利→100→→100",
            "注：本表无上缴上级支出。");
        var table = Assert.Single(doc.Tables);
        Assert.Equal((Tables.TableKinds.ExpenditureSummary, MoneyUnit.Yuan, "某某局"), (table.Kind, table.Unit!.Value, table.Issuer!));
        Assert.Equal([null, "208", "20805", "2080501", "2080505", "20810"], table.Rows.Select(r => r.Code));
        Assert.Equal([0, 1, 2, 3, 3, 2], table.Rows.Select(r => r.Level!.Value));
        var total = table.Rows[0];
        Assert.Equal(("合计", RowRoles.Total), (total.Name, total.Role));
        Assert.Equal(600m, total.Values["total"]);
        Assert.Equal(500m, total.Values["basic"]);
        Assert.Equal(100m, total.Values["project"]);
        Assert.Null(table.Rows[2].Values["project"]);
        Assert.Equal(13, table.Location.EndLine); // the note under the rows belongs to the table
        AssertAllLinesRecognised(doc);
    }

    [Fact]
    public void Code_fused_with_its_name_is_split()
    {
        var doc = Extract(
            "一般公共预算支出表",
            "单位：万元",
            "功能分类科目→合计→基本支出→项目支出",
            "合计→1.00→1.00→",
            "210卫生健康支出→1.00→1.00→",
            "2101101行政单位医疗→1.00→1.00→");
        var rows = Assert.Single(doc.Tables).Rows;
        Assert.Equal([null, "210", "2101101"], rows.Select(r => r.Code));
        Assert.Equal(["合计", "卫生健康支出", "行政单位医疗"], rows.Select(r => r.Name));
    }

    [Fact]
    public void Basic_expenditure_table_uses_personnel_and_public_use()
    {
        var doc = Extract(
            "一般公共预算基本支出表",
            "单位：万元",
            "科目编码→科目名称→合计→人员经费→公用经费",
            "301→工资福利支出→5.00→5.00→",
            "302→商品和服务支出→<p>2.00</p>→→2.00");
        var rows = Assert.Single(doc.Tables).Rows;
        Assert.Equal(Tables.TableKinds.GeneralBudgetBasicExpenditure, doc.Tables[0].Kind);
        Assert.Equal(2.00m, rows[1].Values["total"]);
        Assert.Equal(2.00m, rows[1].Values["publicUse"]);
        Assert.Null(rows[1].Values["personnel"]);
    }

    [Fact]
    public void Three_public_table_puts_the_unit_code_apart_and_reads_the_vehicle_subtotal()
    {
        var doc = Extract(
            "“三公”经费支出表",
            "单位：万元",
            "单位编码→单位名称→合计→因公出国（境）费→公务用车购置及运行费→→→公务接待费",
            "→→→→小计→购置费→运行费→",
            "101→某某局→10→→6→4→2→4");
        var row = Assert.Single(Assert.Single(doc.Tables).Rows);
        Assert.Equal(("101", (string?)null, "某某局", 1, RowRoles.Item), (row.UnitCode!, row.Code, row.Name!, row.Level!.Value, row.Role));
        Assert.Equal(6m, row.Values["vehicleTotal"]);
        Assert.Equal(4m, row.Values["vehiclePurchase"]);
        Assert.Equal(2m, row.Values["vehicleOperation"]);
        Assert.Equal(4m, row.Values["reception"]);
        Assert.Null(row.Values["overseasTravel"]);
    }

    [Fact]
    public void Two_sided_summary_gives_income_then_expenditure_rows_with_levels_and_roles()
    {
        var doc = Extract(
            "财政拨款收支总表",
            "单位：万元",
            "收入→→支出→→→",
            "项目→预算数→项目→合计→一般公共预算→政府性基金预算",
            "一、本年收入→9→一、本年支出→9→9→",
            "一般公共预算拨款→9→一般公共服务支出→9→9→",
            "政府性基金预算拨款→→→→→",
            "二、上年结转→→二、结转下年→→→",
            "收入总计→9→支出总计→9→9→");
        var rows = Assert.Single(doc.Tables).Rows;
        Assert.Equal(9, rows.Count);
        Assert.Equal([RowSides.Income, RowSides.Expenditure, RowSides.Income, RowSides.Expenditure, RowSides.Income,
            RowSides.Income, RowSides.Expenditure, RowSides.Income, RowSides.Expenditure], rows.Select(r => r.Side));
        Assert.Equal([RowRoles.Subtotal, RowRoles.Subtotal, RowRoles.Item, RowRoles.Item, RowRoles.Item,
            RowRoles.Item, RowRoles.Item, RowRoles.Total, RowRoles.Total], rows.Select(r => r.Role));
        Assert.Equal([1, 1, 2, 1, 2, 1, 1, 0, 0], rows.Select(r => r.Level!.Value));
        Assert.Equal(9m, rows[1].Values["generalBudget"]);
        Assert.Null(rows[1].Values["governmentFund"]);
        Assert.Equal(9m, rows[0].Values["amount"]);
    }

    [Fact]
    public void A_table_of_headers_only_is_present_and_empty()
    {
        var doc = Extract(
            "政府性基金预算支出表",
            "单位：万元",
            "科目编码→科目名称→合计→基本支出→项目支出",
            "**→**→1→2→3",
            "",
            "注：本表为空表。");
        var table = Assert.Single(doc.Tables);
        Assert.True(table.Empty);
        Assert.Empty(table.Rows);
        Assert.Equal(6, table.Location.EndLine); // through the note 本表为空表
        AssertAllLinesRecognised(doc);
    }

    [Theory]
    [InlineData("05", "20805")]
    [InlineData("2080501", "2080501")]
    public void Two_digit_code_after_a_class_is_a_section(string printed, string expected)
    {
        var codes = new ClassificationCode();
        codes.Expand("208");
        Assert.Equal(expected, codes.Expand(printed));
    }

    [Fact]
    public void Html_fragments_are_stripped_from_cells() =>
        Assert.Equal("目标1：甲。 目标2：乙&", CellText.Clean(" <p>目标1：甲。</p> <p>目标2：乙&amp;</p><br/>"));

    [Fact]
    public void Header_words_map_to_contract_keys_per_kind()
    {
        Assert.Equal("remitToSuperior", ColumnMeaning.Of(Tables.TableKinds.ExpenditureSummary, "上缴上级支出", "").Key);
        Assert.Equal("personnel", ColumnMeaning.Of(Tables.TableKinds.FiscalAllocationBasicExpenditure, "人员经费", "").Key);
        Assert.Equal("stateCapital", ColumnMeaning.Of(Tables.TableKinds.FiscalAllocationSummary, "国有资本经营预算支出", "支出", expenditureSide: true).Key);
        Assert.Equal(ColumnRole.Name, ColumnMeaning.Of(Tables.TableKinds.IncomeExpenditureSummary, "项目(按支出功能科目类级)", "支出").Role);
    }
}
