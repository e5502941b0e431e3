using BudgetLens.Model;
using BudgetLens.Rules.Text;

namespace BudgetLens.Rules.Tests.Text;

public sealed class MoneyTextTests
{
    // 001 line 757 ff., the 政务大厅管理保障服务经费 overview as the gold holds it.
    private const string Hall =
        "1.水电费：2023年水电两项费用的预算金额92.24万元。2.物管费：物管费用按每月4元/平方米计算，共计12085.27平方米，物管费用每年为" +
        "12085.27平方米*4元/平方米*12个月=580092.96元。3.邮电费：（1）与电信公司签订合同，金额为每月18550+1200＝19750元；（2）.安装电话1门，" +
        "金额为每月600元；（3）.专线11480元/月,云MAS1200元/月；合计（19750+600+11480+1200）*12个月＝396360元；4.绿化费：每月7810元。" +
        "7810*12=93720元；5.清洁、办公用品等：共7万元；以上五项费用合计金额2167673元。";

    [Fact]
    public void Amounts_are_money_but_not_rates()
    {
        var amounts = MoneyText.Amounts("每月4元/平方米，专线11480元/月，预算金额92.24万元，共1,200元，标准7.68元每人");
        Assert.Equal([(92.24m, MoneyUnit.TenThousandYuan), (1200m, MoneyUnit.Yuan)], amounts.Select(a => (a.Value, a.Unit)));
        Assert.Equal(922400m, amounts[0].Yuan);
        Assert.Equal(50m, amounts[0].HalfUnitYuan);
    }

    [Fact]
    public void A_product_with_a_money_rate_is_evaluated_in_yuan()
    {
        var e = Assert.Single(MoneyText.Read("工作餐：15元/午餐*22.5天*12月*264人=1069200元；").Equations);
        Assert.Equal(1069200m, e.ComputedYuan);
        Assert.True(e.Agrees);
        Assert.Equal("15元/午餐*22.5天*12月*264人", e.Expression);
    }

    [Fact]
    public void Sums_in_parentheses_times_a_count_and_full_width_signs()
    {
        var e = Assert.Single(MoneyText.Read("合计（19750+600+11480+1200）*12个月＝396360元").Equations);
        Assert.Equal(396360m, e.ComputedYuan);
        var clothes = Assert.Single(MoneyText.Read("共有工作人员17+20+2+1=40人，（680+2065+116）*40人=114440元。").Equations);
        Assert.Equal(114440m, clothes.Result.Value);
        Assert.True(clothes.Agrees);
    }

    [Fact]
    public void A_wrong_equation_does_not_agree_and_the_result_unit_converts()
    {
        var wrong = Assert.Single(MoneyText.Read("7810*12=93620元").Equations);
        Assert.False(wrong.Agrees);
        Assert.Equal(93720m, wrong.ComputedYuan);
        var wan = Assert.Single(MoneyText.Read("1000元×100项=10万元").Equations);
        Assert.True(wan.Agrees);
    }

    [Fact]
    public void Sum_tolerance_is_the_half_units_of_the_items_and_the_result()
    {
        // 0.1 + 0.25 = 0.35; tolerance 0.05 + 0.005 + 0.005 = 0.06: 0.41 is exactly at it (agrees), 0.42 beyond.
        Assert.True(Assert.Single(MoneyText.Read("0.1+0.25=0.41万元").Equations).Agrees);
        Assert.False(Assert.Single(MoneyText.Read("0.1+0.25=0.42万元").Equations).Agrees);
    }

    [Fact]
    public void Numbered_items_and_the_closing_total()
    {
        var c = MoneyText.Read(Hall);
        Assert.Equal([922400m, 580092.96m, 396360m, 93720m, 70000m], c.Items.Select(i => i.Amount!.Yuan));
        Assert.True(c.ItemsComplete);
        Assert.Equal(2062572.96m, c.ItemsSumYuan);
        Assert.Equal(2167673m, c.StatedTotal!.Value);
        Assert.Equal(4, c.Equations.Count);
        Assert.All(c.Equations, e => Assert.True(e.Agrees));
    }

    [Fact]
    public void A_later_marker_may_run_into_digits_and_a_total_keyword_inside_the_last_item_is_no_total()
    {
        var c = MoneyText.Read("1.办事指南按100项，每项1000元计算，为10万元；2.24小时自助服务区运行维护2万元。共计12万元。");
        Assert.Equal([100000m, 20000m], c.Items.Select(i => i.Amount!.Yuan));
        Assert.Equal(12m, c.StatedTotal!.Value);
        var open = MoneyText.Read("1.水电费10万元；2.清洁用品等共7万元。");
        Assert.Null(open.StatedTotal);
        Assert.Equal(2, open.Items.Count);
    }

    [Fact]
    public void Text_without_arithmetic_reads_nothing()
    {
        var c = MoneyText.Read("办件结果寄达服务经费包干，每月1万元，全年12万元.");
        Assert.Empty(c.Equations);
        Assert.Empty(c.Items);
        Assert.Null(c.StatedTotal);
        Assert.Null(c.LastResult);
    }
}
