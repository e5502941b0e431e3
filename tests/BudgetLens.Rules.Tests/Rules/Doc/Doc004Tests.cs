using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Doc;
using BudgetLens.Rules.Tests.Narrative;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Narrative.NarrativeBuilder;

namespace BudgetLens.Rules.Tests.Rules.Doc;

public sealed class Doc004Tests
{
    private const string Overview = "根据各项试点文件的要求逐步推进市级统筹、医保支付、基金监管工作的开展。";
    private const string Plan = "通过实施医保管理系统升级改造，提高医疗保障业务经办能力。";

    private static RuleOutcome Run(params Section[] sections) => new Doc004RepeatedParagraph().Check(new RuleContext(Document().With(2023, sections)));

    [Fact]
    public void Passes_on_similar_but_different_and_on_short_paragraphs()
    {
        var outcome = Run(Section("(四) 政府性基金情况", 95, "本部门没有使用政府性基金预算拨款安排的支出。"),
            Section("(五) 国有资本经营情况", 99, "本部门没有使用国有资本经营预算拨款安排的支出。"),
            Section("a", 103, "(详见附件)"), Section("b", 106, "(详见附件)"));
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void Fails_once_for_a_list_printed_twice()
    {
        var outcome = Run(Section("(十) 重点项目", 127, Overview, Plan, "目标1"), Section("(十一) 重点项目", 140, Overview, Plan));
        var f = Assert.Single(outcome.Findings);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("2 段重复印出", f.Message);
        Assert.Equal([129, 142], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void The_length_edge()
    {
        var nineteen = new string('字', Doc004RepeatedParagraph.MinimumLength - 1);
        var twenty = new string('字', Doc004RepeatedParagraph.MinimumLength);
        Assert.Empty(Run(Section("a", 1, nineteen), Section("b", 4, nineteen)).Findings);
        Assert.Single(Run(Section("a", 1, twenty), Section("b", 4, twenty)).Findings);
    }

    [Fact]
    public void Not_applicable_without_narrative() => Assert.False(Run().Applicable);
}
