using BudgetLens.Model;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Tests;

public sealed class DocumentBuilderTests
{
    private static Table Page(int first, int last, string title = "基本支出表") => new()
    {
        Kind = "general-budget-basic-expenditure",
        Title = title,
        Unit = MoneyUnit.TenThousandYuan,
        Location = SourceLocation.Lines(first, last),
        Rows = [new TableRow { Name = $"row {first}", Location = SourceLocation.AtLine(first + 1) }],
    };

    [Fact]
    public void A_table_continued_over_pages_becomes_one_table()
    {
        var builder = new DocumentBuilder();
        builder.AddTable(Page(10, 40));
        builder.AddTable(Page(45, 80));
        var table = Assert.Single(builder.Tables);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal((10, 80), (table.Location.Line!.Value, table.Location.EndLine!.Value));
    }

    [Fact]
    public void Another_title_starts_another_table()
    {
        var builder = new DocumentBuilder();
        builder.AddTable(Page(10, 40));
        builder.AddTable(Page(45, 80, "另一张表"));
        Assert.Equal(2, builder.Tables.Count);
    }
}
