using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Doc;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules.Doc;

public sealed class Doc002Tests
{
    private static readonly TocEntry[] Contents =
    [
        new("部门概况", 1, SourceLocation.AtLine(7)), new("2023 年部门预算表", 1, SourceLocation.AtLine(12)),
        new("收支预算总表", 2, SourceLocation.AtLine(14)), new("部门收入总表", 2, SourceLocation.AtLine(15)),
        new("政府性基金预算支出表", 2, SourceLocation.AtLine(21)), new("部门整体支出绩效目标表", 2, SourceLocation.AtLine(23)),
        new("2023 年部门预算收支情况说明", 2, SourceLocation.AtLine(28)),
    ];

    private static BudgetDocument Promising(params Table[] tables) => Document(tables) with
    {
        Toc = Contents, Year = 2023, Issuer = "某某市医疗保障局",
        DepartmentTargets = [new TargetSheet { Name = "某某市医疗保障局" }],
    };

    private static Table Summary => Table("income-expenditure-summary", "收入总计 | amount=1") with { Title = "部门收支总表" };

    private static RuleOutcome Run(BudgetDocument document, params BudgetDocument[] corpus) =>
        new Doc002PromisedTableMissing().Check(new RuleContext(document, corpus));

    [Fact]
    public void Promised_tables_matched_by_kind_an_empty_one_counting_pass()
    {
        var outcome = Run(Promising(Summary, Table("income-summary", "合计 | total=1"), Table("government-fund-expenditure") with { Empty = true }));
        Assert.True(outcome.Applicable);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void A_promised_table_that_is_absent_is_a_finding_at_its_contents_line()
    {
        var f = Assert.Single(Run(Promising(Summary, Table("government-fund-expenditure") with { Empty = true })).Findings);
        Assert.Equal(("DOC002", Severity.Warning), (f.Rule, f.Severity));
        Assert.Equal("目录列出“部门收入总表”，文件中没有此表（部门收入总表，income-summary）", f.Message);
        Assert.Equal(15, Assert.Single(f.Locations).Line);
    }

    [Fact]
    public void A_narrative_holding_none_of_its_tables_is_not_applicable_unless_its_table_book_is_checked_with_it()
    {
        var narrative = Promising() with { DepartmentTargets = [], Issuer = "江苏省人大常委会" };
        Assert.False(Run(narrative).Applicable);
        var book = Document(Summary, Table("government-fund-expenditure") with { Empty = true }) with { Year = 2023, Issuer = "江苏省人大常委会办公厅", Source = new SourceInfo("tables.pdf", null, SourceFormats.Pdf) };
        var findings = Run(narrative, book).Findings;
        Assert.Equal([15, 23], findings.Select(f => f.FirstLine!.Value));
        Assert.Contains("（及其表册 tables.pdf）", findings[0].Message);
        Assert.False(Run(narrative, book with { Year = 2022 }).Applicable);
    }

    [Fact]
    public void Not_applicable_without_contents() => Assert.False(Run(Document(Summary)).Applicable);
}
