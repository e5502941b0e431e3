using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tests;

/// <summary>A table whose header lacks a column its rows print: the readable columns are kept and every row with an extra number is reported.</summary>
public sealed class MissingColumnTests
{
    private static Model.BudgetDocument Extract(string text) => DocumentExtractor.Default.Extract(TextSource.FromString("t.txt", text));

    [Fact]
    public void Space_separated_rows_with_more_numbers_than_the_header_has_columns()
    {
        var doc = Extract("""
            某局一般公共预算财政拨款支出预算表

            单位：万元

            科目编码 科目名称 合计 基本支出

            合计 100.00 60.00 40.00

            201 一般公共服务支出 100.00 60.00 40.00
            """);
        var table = Assert.Single(doc.Tables);
        Assert.Equal(2, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal((100.00m, 60.00m), (r.Values["total"]!.Value, r.Values["basic"]!.Value)));
        var reported = doc.Diagnostics.Where(d => d.Id == "EXT0003").ToList();
        Assert.Equal([7, 9], reported.Select(d => d.Location!.Line!.Value));
        Assert.All(reported, d => Assert.Contains("40.00", d.Text));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0001");
    }

    [Fact]
    public void Tab_separated_rows_with_a_cell_beyond_the_header_keep_what_the_header_names()
    {
        var doc = Extract("某局一般公共预算支出表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\n\t合计\t100.00\t60.00\t40.00\n201\t一般公共服务支出\t100.00\t60.00\t40.00\n");
        var table = Assert.Single(doc.Tables);
        Assert.Equal(100.00m, table.Rows[^1].Values["total"]);
        Assert.Equal(60.00m, table.Rows[^1].Values["basic"]);
        var reported = doc.Diagnostics.Where(d => d.Id == "EXT0003").ToList();
        Assert.Equal([4, 5], reported.Select(d => d.Location!.Line!.Value));
        Assert.All(reported, d => Assert.Contains("40.00", d.Text));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0001");
    }
}
