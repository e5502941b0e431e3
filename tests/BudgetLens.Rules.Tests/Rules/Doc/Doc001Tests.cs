using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Doc;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules.Doc;

public sealed class Doc001Tests
{
    private static readonly string[] Eight =
    [
        "income-expenditure-summary", "income-summary", "expenditure-summary", "fiscal-allocation-summary", "general-budget-expenditure",
        "general-budget-basic-expenditure", "three-public-expenses", "government-fund-expenditure",
    ];

    private static BudgetDocument Disclosure(params string[] kinds) =>
        Document([.. kinds.Select(k => k == "government-fund-expenditure" ? Table(k) with { Empty = true } : Table(k, "合计 | total=1.00"))]);

    private static RuleOutcome Run(BudgetDocument document) => new Doc001StandardTableMissing().Check(new RuleContext(document));

    private static Section Says(string text) => new("（四）政府性基金情况", 2, text, SourceLocation.AtLine(95));

    [Fact]
    public void All_eight_present_an_empty_table_counting_passes()
    {
        var outcome = Run(Disclosure(Eight));
        Assert.True(outcome.Applicable);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void A_missing_table_is_a_finding()
    {
        var f = Assert.Single(Run(Disclosure([.. Eight.Where(k => k != "three-public-expenses")])).Findings);
        Assert.Equal(("DOC001", Severity.Warning), (f.Rule, f.Severity));
        Assert.Equal("部门预算公开（含 7 张标准表）缺少“三公”经费支出表（three-public-expenses），亦无说明无此项资金的文字", f.Message);
    }

    [Fact]
    public void A_narrative_sentence_saying_there_is_no_such_money_counts_as_present_a_conditional_note_does_not()
    {
        var without = Disclosure([.. Eight.Where(k => k != "government-fund-expenditure")]);
        Assert.Empty(Run(without with { Sections = [Says("本部门没有使用政府性基金预算拨款安排的支出。")] }).Findings);
        Assert.Single(Run(without with { Sections = [Says("注：若为空表，则为该部门（单位）无政府性基金收支。")] }).Findings);
    }

    [Fact]
    public void State_capital_is_required_only_where_the_document_shows_such_money()
    {
        var blank = Disclosure(Eight);
        Assert.Empty(Run(blank with { Tables = [.. blank.Tables, Table("income-summary", "合计 | total=1 stateCapital=")] }).Findings);
        var f = Assert.Single(Run(blank with { Tables = [.. blank.Tables, Table("income-summary", "合计 | total=1 stateCapital=0.01")] }).Findings);
        Assert.Contains("state-capital-expenditure", f.MessageEn);
    }

    [Fact]
    public void A_table_the_contents_promise_is_left_to_DOC002()
    {
        var document = Disclosure([.. Eight.Where(k => k != "income-summary")]) with { Toc = [new TocEntry("部门收入总表", 2, SourceLocation.AtLine(15))] };
        Assert.Empty(Run(document).Findings);
    }

    [Fact]
    public void Not_applicable_below_three_standard_tables() =>
        Assert.False(Run(Disclosure("three-public-expenses", "project-summary", "government-procurement")).Applicable);
}
