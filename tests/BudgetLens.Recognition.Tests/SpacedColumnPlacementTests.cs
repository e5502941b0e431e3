using BudgetLens.Recognition.Tables;
using BudgetLens.Recognition.Tables.Columns;
using BudgetLens.Recognition.Tables.Placement;

namespace BudgetLens.Recognition.Tests;

/// <summary>The shared pieces the spaced recognisers are built on: header columns and placement by arithmetic.</summary>
public sealed class SpacedColumnPlacementTests
{
    [Theory]
    [InlineData("general-budget-expenditure", "科目编码 科目名称 小计 基本支出 项目支出", "total,basic,project")]
    [InlineData("general-budget-basic-expenditure", "经济分类科目 2023年基本支出\n科目编码 科目名称 合计 人员经费 公用经费", "total,personnel,publicUse")]
    [InlineData("three-public-expenses", "合计 因公出国（境）费\n公务用车购置及运行费\n公务接待费\n小计 公务用车购置费 公务用车运行费",
        "total,overseasTravel,vehicleTotal,vehiclePurchase,vehicleOperation,reception")]
    [InlineData("three-public-expenses", "合计 因公出国（境）费 公务用车购置及运行（维护）费 公务接待费", "total,overseasTravel,vehicleTotal,reception")]
    [InlineData("income-summary", "合计 上年结转 一般公共预\n算拨款收入 事业收入 其他收入", "total,carryover,generalBudget,businessIncome,otherIncome")]
    [InlineData("expenditure-summary", "科目编码 科目名称 合计 基本支出 项目支出 上缴上级支出 事业单位经营支出 对下级单位补助支出",
        "total,basic,project,remitToSuperior,businessOperation,subsidyToSubordinate")]
    public void Header_columns_are_read_in_printed_order(string kind, string header, string expected) =>
        Assert.Equal(expected.Split(','), HeaderColumnReader.Read(kind, header));

    [Fact]
    public void Rounding_of_printed_children_is_allowed_but_a_wrong_column_is_not()
    {
        // 301 printed 355.14 over children summing 355.13 (rounding); 0.10 must be personnel because of 302's cells.
        var columns = new[] { "total", "personnel", "publicUse" };
        var rows = new[]
        {
            Draft(null, "合计", 435.97m, 360.24m, 75.73m),
            Draft("301", "工资福利支出", 355.14m, 355.14m),
            Draft("30101", "基本工资", 200.00m, 200.00m),
            Draft("30102", "津贴补贴", 155.13m, 155.13m),
            Draft("302", "商品和服务支出", 75.83m, 0.10m, 75.73m),
            Draft("30201", "办公费", 75.73m, 75.73m),
            Draft("30299", "其他商品和服务支出", 0.10m, 0.10m),
            Draft("303", "对个人和家庭的补助", 5.00m, 5.00m),
        };
        var problem = new PlacementProblem(columns, rows.Select(r => new PlacementRow(r.Numbers, r.Line, r.Text)).ToList(),
            SumIdentity.For("general-budget-basic-expenditure", columns), RowGroups.Build(rows), []);
        var result = ColumnPlacer.Place(problem);
        Assert.Empty(result.Ambiguous);
        Assert.Equal(0.10m, result.ValuesOf(problem, 6)["personnel"]);
        Assert.Equal(5.00m, result.ValuesOf(problem, 7)["personnel"]);
        Assert.Equal(155.13m, result.ValuesOf(problem, 3)["personnel"]);
    }

    [Fact]
    public void Rows_nothing_decides_are_placed_leftmost_and_reported_even_when_the_search_is_cut_short()
    {
        var columns = new[] { "total", "basic", "project" };
        var rows = Enumerable.Range(0, 12).Select(i => Draft($"20103{i:D2}", "项", 1.00m, 1.00m)).ToArray();
        var problem = new PlacementProblem(columns, rows.Select(r => new PlacementRow(r.Numbers, r.Line, r.Text)).ToList(),
            SumIdentity.For("general-budget-expenditure", columns), RowGroups.Build(rows), []);
        var result = ColumnPlacer.Place(problem);
        Assert.Equal(12, result.Ambiguous.Count);
        Assert.All(Enumerable.Range(0, 12), r => Assert.Equal(1.00m, result.ValuesOf(problem, r)["basic"]));
    }

    [Fact]
    public void Ordered_placements_run_leftmost_first()
    {
        Assert.Equal([[0, 1], [0, 2], [1, 2]], ColumnPlacer.OrderedPlacements(2, 3).ToList());
        Assert.Empty(ColumnPlacer.OrderedPlacements(4, 3));
    }

    [Theory]
    [InlineData("合  计", "合计")]
    [InlineData("政府办公厅（室） 及相关机构事务", "政府办公厅（室）及相关机构事务")]
    [InlineData("其他 IT 服务", "其他IT服务")]
    public void Labels_lose_the_spaces_a_converter_put_between_CJK_characters(string printed, string expected) =>
        Assert.Equal(expected, RowLabels.Clean(printed));

    private static int _line;

    private static DraftRow Draft(string? code, string name, params decimal[] numbers)
    {
        var (level, role) = RowLabels.Classify(code, name);
        int line = ++_line;
        return new DraftRow(null, code, name, level, role, numbers, line, line, name);
    }
}
