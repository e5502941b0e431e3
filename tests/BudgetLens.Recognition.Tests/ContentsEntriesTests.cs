namespace BudgetLens.Recognition.Tests;

/// <summary>A contents entry that names a table (五、财政拨款支出预算表) opens no table; the real table after the narrative does.</summary>
public sealed class ContentsEntriesTests
{
    [Fact]
    public void Contents_entries_naming_tables_are_no_tables()
    {
        var doc = DelimitedTestDocument.Extract(
            "目 录",
            "第一部分 部门概况",
            "第二部分 部门预算表",
            "一、财政拨款支出预算表",
            "二、政府采购支出预算表",
            "第一部分 部门概况",
            "本部门负责有关工作。",
            "财政拨款支出预算表",
            "单位：万元",
            "功能科目编码→功能科目名称→金额",
            "→合计→100.00",
            "201→一般公共服务支出→100.00");
        var table = Assert.Single(doc.Tables);
        Assert.Equal("财政拨款支出预算表", table.Title);
        Assert.Equal(2, table.Rows.Count);
    }
}
