using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tests;

public sealed class DocumentFactsTests
{
    private static Model.BudgetDocument Extract(string text) => DocumentExtractor.Default.Extract(TextSource.FromString("t.txt", text));

    [Fact]
    public void The_issuer_is_the_department_heading_every_table_title()
    {
        var doc = Extract("某县财政局部门收入总表\n单位：万元\n科目编码 科目名称 合计\n合计 1.00\n201 一般公共服务支出 1.00\n\n某县财政局部门支出总表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n合计 1.00 1.00\n201 一般公共服务支出 1.00 1.00\n");
        Assert.Equal("某县财政局", doc.Issuer);
    }

    [Fact]
    public void The_year_comes_from_a_title_not_from_a_project_period()
    {
        Assert.Equal(2024, Extract("示例州2024年项目支出绩效目标批复表\n").Year);
        Assert.Null(Extract("项目支出绩效目标表\n单位名称：某中心 单位：万元\n合计 1.00 1.00\n    2022-2023年信息化运维项目 1.00 1.00\n").Year);
    }

    [Fact]
    public void A_labelled_unit_name_is_the_issuer()
    {
        Assert.Equal("广州市医疗保险服务中心", Extract("项目支出绩效目标表（含转移支付项目）\n\n单位名称：广州市医疗保险服务中心 单位：万元\n").Issuer);
    }
}
