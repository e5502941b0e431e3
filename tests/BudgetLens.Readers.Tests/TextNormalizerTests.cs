using BudgetLens.Readers.Text;

namespace BudgetLens.Readers.Tests;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("单位：万元", "单位:万元")]
    [InlineData("＝ 100 ％", "= 100 %")]
    [InlineData("  2010301\u00A0\u00A0行政运行", "  2010301  行政运行")]
    [InlineData("合\u3000计", "合 计")]
    [InlineData("政府办公厅（室）", "政府办公厅(室)")]
    public void Folds_full_width_and_special_spaces(string raw, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Fact]
    public void Source_line_keeps_the_printed_text()
    {
        var line = new SourceLine(7, "＝ 5000 元/人年");
        Assert.Equal("＝ 5000 元/人年", line.Raw);
        Assert.Equal("= 5000 元/人年", line.Normalized);
        Assert.Equal(7, line.Number);
    }

    [Fact]
    public void Line_splitter_handles_every_line_ending()
    {
        var lines = LineSplitter.Split("a\r\nb\rc\nd");
        Assert.Equal(["a", "b", "c", "d"], lines.Select(l => l.Raw));
        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.Number));
    }
}
