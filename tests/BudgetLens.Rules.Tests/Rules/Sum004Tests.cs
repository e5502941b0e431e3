using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Sum;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Rules.Xt.CrossTableBuilder;

namespace BudgetLens.Rules.Tests.Rules;

public sealed class Sum004Tests
{
    private static IReadOnlyList<Finding> Run(string kind, params string[] rows) =>
        new Sum004TwoSidedBalance().Check(new RuleContext(Document(Summary(kind, rows)))).Findings;

    /// <summary>003's 收支预算总表: a parent over its (一)…, 本年收入合计 over the 一、…七、 rows, 收入总计 over 本年收入合计 + 八、 + 九、.</summary>
    private static readonly string[] Seed003Layout =
    [
        "income 1 subtotal 一、财政拨款收入 | amount=8763.47", "expenditure 1 item 社会保障和就业支出 | amount=592.54",
        "income 2 item (一)一般公共预算收入 | amount=8763.47", "expenditure 1 item 卫生健康支出 | amount=12192.64",
        "income 2 item (二)政府性基金预算收入 | amount=", "expenditure 1 item 住房保障支出 | amount=473.35",
        "income 1 item 七、其他收入 | amount=3141.30",
        "income 0 total 本年收入合计 | amount=11904.77", "expenditure 0 total 本年支出合计 | amount=13258.53",
        "income 1 item 九、上年结转(结余) | amount=1353.76", "expenditure 1 item 结转下年 | amount=",
        "income 0 total 收入总计 | amount=13258.53", "expenditure 0 total 支出总计 | amount=13258.53",
    ];

    [Fact]
    public void Passes_on_a_balanced_summary_with_running_totals() => Assert.Empty(Run("income-expenditure-summary", Seed003Layout));

    [Fact]
    public void A_numbered_subtotal_sums_the_unnumbered_classes_below_it_never_together_with_them()
    {
        // 001's 财政拨款收支总表: 一、本年支出 over the classes, 支出总数 = 一、本年支出 + 二、结转下年 (not + the classes again)
        Assert.Empty(Run("fiscal-allocation-summary",
            "income 1 subtotal 一、本年收入 | amount=1028.96", "expenditure 1 subtotal 一、本年支出 | total=1028.96 generalBudget=1028.96",
            "income 2 item 一般公共预算拨款 | amount=1028.96", "expenditure 1 item 一般公共服务支出 | total=927.60 generalBudget=927.60",
            "expenditure 1 item 社会保障和就业支出 | total=101.36 generalBudget=101.36",
            "income 1 subtotal 二、上年结转 | amount=", "expenditure 1 item 二、结转下年 | total= generalBudget=",
            "income 0 total 收入总数 | amount=1028.96", "expenditure 0 total 支出总数 | total=1028.96 generalBudget=1028.96"));
        var f = Assert.Single(Run("fiscal-allocation-summary",
            "expenditure 1 subtotal 一、本年支出 | total=1028.96", "expenditure 1 item 一般公共服务支出 | total=925.60",
            "expenditure 1 item 社会保障和就业支出 | total=101.36", "expenditure 1 item 二、结转下年 | total=", "expenditure 0 total 支出总数 | total=1028.96"));
        Assert.Contains("一、本年支出 合计 1028.96 ≠ Σ下级 1026.96（Δ 2.00）", f.Message);
        Assert.Equal([10, 11, 12], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Fails_when_a_parent_differs_from_its_children()
    {
        var rows = Seed003Layout.Select(r => r.Replace("(一)一般公共预算收入 | amount=8763.47", "(一)一般公共预算收入 | amount=8700.00")).ToArray();
        var f = Assert.Single(Run("income-expenditure-summary", rows));
        Assert.Equal("SUM004", f.Rule);
        Assert.Contains("一、财政拨款收入 金额 8763.47 ≠ Σ下级 8700.00（Δ 63.47）", f.Message);
        Assert.Equal([10, 12, 14], f.Locations.Select(l => l.Line!.Value));
        Assert.Equal((8700.00m, 8763.47m), (f.Expected!.Value, f.Actual!.Value));
    }

    [Fact]
    public void Fails_when_a_total_differs_from_the_rows_it_totals_and_when_the_sides_do_not_balance()
    {
        var rows = Seed003Layout.Select(r => r.Replace("收入总计 | amount=13258.53", "收入总计 | amount=13260.53")).ToArray();
        var findings = Run("income-expenditure-summary", rows);
        Assert.Equal(2, findings.Count);
        Assert.Contains("收入总计 金额 13260.53 ≠ Σ本年收入合计+九、上年结转(结余) 13258.53（Δ 2.00）", findings[0].Message);
        Assert.Equal([21, 17, 19], findings[0].Locations.Select(l => l.Line!.Value));
        Assert.Contains("收入总计 金额 13260.53 ≠ 支出总计 13258.53（Δ 2.00）", findings[1].Message);
        Assert.Equal([21, 22], findings[1].Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Exactly_at_tolerance_passes_and_just_beyond_fails()
    {
        Assert.Empty(Run("income-expenditure-summary", "income 0 total 收入总计 | amount=1028.96", "expenditure 0 total 支出总计 | amount=1028.97"));
        Assert.Single(Run("income-expenditure-summary", "income 0 total 收入总计 | amount=1028.96", "expenditure 0 total 支出总计 | amount=1028.98"));
    }

    [Fact]
    public void A_blank_cell_adds_no_tolerance()
    {
        // 0.48 is beyond 0.005 + 0.005 whether or not a blank child stands beside the printed one
        Assert.Single(Run("income-expenditure-summary", "income 1 subtotal 一、财政拨款收入 | amount=592.54",
            "income 2 item (一)一般公共预算收入 | amount=592.06", "income 2 item (二)政府性基金预算收入 | amount="));
    }

    [Fact]
    public void A_qizhong_row_is_a_partial_breakdown_not_a_total() =>
        Assert.Empty(Run("income-expenditure-summary", "expenditure 1 item 基本支出 | amount=435.97", "expenditure 2 subtotal 其中：人员经费 | amount=360.24",
            "expenditure 1 item 项目支出 | amount=592.99", "expenditure 0 total 支出总计 | amount=1028.96"));

    [Fact]
    public void Not_applicable_without_a_two_sided_summary() =>
        Assert.False(new Sum004TwoSidedBalance().Check(new RuleContext(Document(Table("general-budget-expenditure", "合计 | total=1.00")))).Applicable);

    [Fact]
    public void A_changed_figure_in_the_seed_gold_is_found()
    {
        // 003 line 237 九、上年结转(结余) 1353.76 → 1353.00: 收入总计 no longer totals its rows
        var doc = With(Gold(Seed003), "income-expenditure-summary", 237, "amount", 1353.00m, "income");
        var f = Assert.Single(new Sum004TwoSidedBalance().Check(new RuleContext(doc)).Findings);
        Assert.Equal(238, f.FirstLine);
    }
}
