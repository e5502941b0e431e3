using BudgetLens.Model;
using BudgetLens.Rules.Narrative;
using static BudgetLens.Rules.Tests.Narrative.NarrativeBuilder;

namespace BudgetLens.Rules.Tests.Narrative;

public sealed class NarrativeReaderTests
{
    private static IReadOnlyList<NarrativeStatement> Read(params Section[] sections) =>
        NarrativeReader.Read(ModelBuilder.Document().With(2023, sections));

    [Fact]
    public void Paragraph_lines_are_recovered_from_blank_line_layout_and_direct_layout()
    {
        var spaced = NarrativeText.ParagraphsOf(Section("(三) 财政拨款支出情况", 85, "a", "b", "c", "d"));
        Assert.Equal([87, 89, 91, 93], spaced.Select(p => p.Location.Line!.Value));
        var packed = NarrativeText.ParagraphsOf(new Section("x", 2, "a\nb", SourceLocation.Lines(10, 12)));
        Assert.Equal([11, 12], packed.Select(p => p.Location.Line!.Value));
        var unknown = NarrativeText.ParagraphsOf(new Section("x", 2, "a\nb", SourceLocation.Lines(10, 19)));
        Assert.All(unknown, p => Assert.Equal((10, 19), (p.Location.Line!.Value, p.Location.EndLine!.Value)));
    }

    [Fact]
    public void Reads_a_total_its_change_and_its_parts_with_exact_printed_scale()
    {
        var top = Assert.Single(Read(Section("(一) 收入预算情况", 71,
            "2023 年收入预算总额为 13,258.53 万元,较上年预算安排减少 14162.7 万元,主要原因为医疗救助资金减少。其中:财政拨款收入 8763.47 万元,较上年预算安排增加 1044.91 万元;其他收入 3141.30 万元;国库集中支付网上结转 1353.76 万元。")));
        Assert.Equal(NarrativeConcepts.IncomeTotal, top.Concept);
        Assert.Equal("13258.53", top.Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(-14162.7m, top.Change!.Value);
        Assert.Equal(1, (decimal.GetBits(top.Change.Value)[3] >> 16) & 0xFF);
        Assert.Equal(73, top.Amount.Location.Line);
        var parts = Assert.Single(top.Breakdowns).Items;
        Assert.Equal(["income.fiscal", "income.other", "income.carryover"], parts.Select(p => p.Concept!));
        Assert.Equal("3141.30", parts[1].Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_list_of_parts_closes_at_a_sibling_and_a_broken_line_reads_whole()
    {
        var top = Assert.Single(Read(Section("(三) 财政拨款支出情况", 85,
            "财政拨款支出预算总额为 8763.47 万元，较上年预算安排增加 1044.91 万元。",
            "按支出功能科目划分：社会保障和就业支出 592.54 万元；住房保障支出",
            "473.35 万元，较上年预算安排增加 92.05 万元。",
            "按支出项目类别划分：基本支出 6824.03 万元，其中：工资福利支出 5864.54 万元，商品和服务支出 959.49 万元；项目支出 1939.44 万元。")));
        Assert.Equal(NarrativeScope.Fiscal, top.Scope);
        Assert.Equal(2, top.Breakdowns.Count);
        var byFunction = top.Breakdowns[0].Items;
        Assert.Equal(["func:社会保障和就业支出", "func:住房保障支出"], byFunction.Select(i => i.Concept!));
        Assert.Equal((91, 92.05m), (byFunction[1].Amount!.Location.Line!.Value, byFunction[1].Change!.Value));
        var byCategory = top.Breakdowns[1].Items;
        Assert.Equal([NarrativeConcepts.Basic, NarrativeConcepts.Project], byCategory.Select(i => i.Concept!));
        Assert.Equal(2, byCategory[0].Breakdowns[0].Items.Count);
    }

    [Fact]
    public void Project_counts_keep_their_amounts_and_are_not_project_expenditure()
    {
        var top = Assert.Single(Read(Section("(九) 预算绩效管理情况说明", 121,
            "部门预算安排项目 4 个, 项目预算金额合计 5083.74 万元, 其中: 机关项目 3 个, 项目预算金额 629.3 万元; 中心项目 1 个, 项目金额 350 万元。")));
        Assert.Equal(NarrativeConcepts.Projects, top.Concept);
        Assert.Equal((4m, 5083.74m), (top.Count!.Value, top.Amount!.Value));
        Assert.Equal([3m, 1m], top.Breakdowns[0].Items.Select(i => i.Count!.Value));
        Assert.Equal([629.3m, 350m], top.Breakdowns[0].Items.Select(i => i.Amount!.Value));
    }

    [Fact]
    public void Rates_base_years_shares_and_amounts_that_are_limits()
    {
        var all = NarrativeReader.Flatten(Read(Section("(六) 机关运行经费等重要事项的说明", 103,
            "2023 年部门机关运行经费预算 944.07 万元，比 2022 年预算增加 13.38 万元，增长 1.44%，占比 7.12%。安排购置单位价值 200 万元以上大型设备 0 台。"))).ToList();
        var office = Assert.Single(all);
        Assert.Equal((13.38m, 2022, 1.44m, 7.12m), (office.Change!.Value, office.ChangeBaseYear!.Value, office.Rate!.Value, office.Share!.Value));
    }

    [Fact]
    public void A_thousands_separator_is_not_a_clause_break_and_a_section_without_text_gives_nothing()
    {
        var top = Assert.Single(Read(Section("(二) 支出预算情况", 75, "支出预算总额为 1,028.96 万元。"), Section("第三部分", 80)));
        Assert.Equal(1028.96m, top.Amount!.Value);
    }
}
