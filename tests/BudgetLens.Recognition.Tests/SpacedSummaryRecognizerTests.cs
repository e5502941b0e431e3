using static BudgetLens.Recognition.Tests.SpacedSnippet;

namespace BudgetLens.Recognition.Tests;

public sealed class SpacedSummaryRecognizerTests
{
    private const string FiscalSummary = """
        附件4-1
        某某局财政拨款收支总表
        单位：万元
        收入 支出
        项目 预算数 项目 合计
        一般公共预算财政

        拨款
        政府性基金预算财

        政拨款
        国有资本经营预算

        财政拨款
        一、本年收入 100.00 一、本年支出 100.00 100.00
        一般公共预算拨款 100.00 一般公共服务支出 60.00 60.00
        政府性基金预算拨款 卫生健康支出 40.00 40.00
        二、上年结转
        一般公共预算拨款
        二、结转下年
        收入总数 100.00 支出总数 100.00 100.00
        """;

    [Fact]
    public void Fiscal_summary_expenditure_columns_follow_the_income_side()
    {
        var doc = Extract(FiscalSummary);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("fiscal-allocation-summary", table.Kind);
        Assert.Equal(["income", "expenditure", "income", "expenditure", "income", "expenditure", "income", "income", "expenditure", "income", "expenditure"],
            table.Rows.Select(r => r.Side));
        var health = table.Rows.Single(r => r.Name == "卫生健康支出");
        Assert.Equal(40.00m, V(health, "total"));
        Assert.Equal(40.00m, V(health, "generalBudget"));
        Assert.Null(V(health, "governmentFund"));
        Assert.Equal(1, health.Level);
        var fund = table.Rows.Single(r => r.Name == "政府性基金预算拨款");
        Assert.Null(V(fund, "amount"));
        Assert.Equal(2, fund.Level);
        var current = table.Rows.First(r => r.Name == "一、本年收入");
        Assert.Equal(("subtotal", 1), (current.Role, current.Level!.Value));
        var carry = table.Rows.Single(r => r.Name == "二、结转下年");
        Assert.Equal(("expenditure", "item"), (carry.Side, carry.Role));
        Assert.Equal(("total", 0), (table.Rows[^1].Role, table.Rows[^1].Level!.Value));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id is "EXT0001" or "EXT0002");
    }

    [Fact]
    public void Income_and_expenditure_glued_without_a_space_are_two_rows()
    {
        var doc = Extract("""
            某某局部门收支总表
            单位：万元
            收入 支出
            项目 预算数 项目 预算数
            一般公共预算拨款收入 1,028.96一般公共服务支出 1,028.96
            事业收入预算
            本年收入合计 1,028.96 本年支出合计 1,028.96
            用事业基金弥补收支差额 结转下年
            收入总计 1,028.96支出总计 1,028.96
            """);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("income-expenditure-summary", table.Kind);
        Assert.Equal(9, table.Rows.Count);
        Assert.Equal(("income", "一般公共预算拨款收入", 1028.96m), (table.Rows[0].Side!, table.Rows[0].Name!, V(table.Rows[0], "amount")!.Value));
        Assert.Equal(("expenditure", "一般公共服务支出", 1028.96m), (table.Rows[1].Side!, table.Rows[1].Name!, V(table.Rows[1], "amount")!.Value));
        Assert.Equal(("income", "事业收入预算"), (table.Rows[2].Side!, table.Rows[2].Name!));
        Assert.Equal(("expenditure", "结转下年"), (table.Rows[6].Side!, table.Rows[6].Name!));
        Assert.Equal(("expenditure", "支出总计", "total"), (table.Rows[^1].Side!, table.Rows[^1].Name!, table.Rows[^1].Role));
    }

    [Fact]
    public void Income_summary_source_column_comes_from_the_summary_not_header_order()
    {
        var doc = Extract(FiscalSummary + """

            某某局部门收入总表
            单位：万元
            科目
            合计 上年结转
            一般公共预
            算拨款收入
            政府性基金
            预算拨款收
            入
            事业收入预算
            额科目编码 科目名称
            非教育收费
            收入预算
            教育收费收
            预算入
            合  计 100.00 100.00
            201 一般公共服务支出 60.00 60.00
            210 卫生健康支出 40.00 40.00
            """);
        var table = doc.Tables.Single(t => t.Kind == "income-summary");
        Assert.Equal(["total", "carryover", "generalBudget", "governmentFund", "nonEducationFees", "educationFees"], table.Rows[0].Values.Keys);
        Assert.Equal("合计", table.Rows[0].Name);
        Assert.All(table.Rows, r => Assert.Equal(r.Values["total"], r.Values["generalBudget"]));
        Assert.All(table.Rows, r => Assert.Null(r.Values["carryover"]));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id is "EXT0001" or "EXT0002");
    }
}
