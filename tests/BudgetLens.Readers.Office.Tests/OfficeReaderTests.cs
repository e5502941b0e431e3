using System.Text;
using BudgetLens.Writers;

namespace BudgetLens.Readers.Office.Tests;

public sealed class OfficeReaderTests
{
    private static readonly PublishedLayout Sample = new("样表",
    [
        new LayoutPart("附件4-2", ["某某局一般公共预算支出表", "单位：万元"],
        [
            [new LayoutCell("科目编码", Header: true), new LayoutCell("科目名称", Header: true), new LayoutCell("合计", Header: true), new LayoutCell("基本支出", Header: true)],
            [new LayoutCell("合计", ColSpan: 2), null, LayoutBuilder.Amount(1028.96m), LayoutBuilder.Amount(1028.96m)],
            [new LayoutCell("2010301", RowSpan: 2), new LayoutCell("行政运行"), LayoutBuilder.Amount(334.6123m), new LayoutCell("")],
            [null, new LayoutCell("其他"), LayoutBuilder.Amount(0.1m), new LayoutCell("")],
        ]),
    ]);

    private static byte[] Bytes(Action<Stream> write)
    {
        using var ms = new MemoryStream();
        write(ms);
        return ms.ToArray();
    }

    [Fact]
    public void Xlsx_lines_carry_sheet_cells_and_exact_amounts_with_merges_resolved()
    {
        var outcome = SpreadsheetReader.Decode("t.xlsx", Bytes(s => XlsxWriter.Write(Sample, s)));
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        var lines = outcome.Value!.Lines.Where(l => !l.IsBlank).ToList();
        Assert.Equal("某某局一般公共预算支出表", lines[0].Raw);
        Assert.Equal("单位：万元", lines[1].Raw);
        Assert.Equal("合计\t\t1028.96\t1028.96", lines[3].Raw);
        Assert.Equal("2010301\t行政运行\t334.6123", lines[4].Raw);
        Assert.Equal("\t其他\t0.10", lines[5].Raw);
        Assert.Equal("附件4-2", lines[4].Origin!.Sheet);
        Assert.Equal(["A5", "B5", "C5"], lines[4].Origin!.Cells!);
        Assert.Equal("xlsx", outcome.Value.Format);
    }

    [Fact]
    public void Docx_and_html_tables_resolve_spans_onto_one_grid()
    {
        var docx = DocxReader.Decode("t.docx", Bytes(s => DocxWriter.Write(Sample, s)));
        var html = HtmlReader.Decode("t.html", Encoding.UTF8.GetBytes(HtmlWriter.Write(Sample)));
        foreach (var outcome in new[] { docx, html })
        {
            Assert.True(outcome.Succeeded, outcome.Failure?.Message);
            var lines = outcome.Value!.Lines.Where(l => !l.IsBlank).Select(l => l.Raw).ToList();
            Assert.Contains("某某局一般公共预算支出表", lines);
            Assert.Contains("合计\t\t1028.96\t1028.96", lines);
            Assert.Contains("2010301\t行政运行\t334.6123", lines);
            Assert.Contains("\t其他\t0.10", lines);
        }
    }

    [Theory]
    [InlineData(1028.9600000001, "#,##0.00", "1028.96")]
    [InlineData(0.1 + 0.2, "General", "0.3")]
    [InlineData(12.5, "0", "13")]
    [InlineData(0.955, "0.0%", "95.5%")]
    [InlineData(1234.5, null, "1234.5")]
    public void Numbers_read_as_shown(double value, string? format, string expected) =>
        Assert.Equal(expected, SpreadsheetReader.NumberText(value, format));

    [Fact]
    public void Html_text_outside_tables_is_one_line_per_block_and_gbk_pages_decode()
    {
        var page = "<html><head><meta charset=\"gbk\"><style>p{}</style></head><body><h2>某某局部门收入总表</h2><p>单位：<b>万元</b></p>"
            + "<table><tr><th rowspan=\"2\">项目</th><th colspan=\"2\">收入</th></tr><tr><th>合计</th><th>上年结转</th></tr><tr><td>合计</td><td>5.00</td><td></td></tr></table><p>注：无。</p></body></html>";
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(page);
        var outcome = HtmlReader.Decode("p.html", bytes);
        Assert.True(outcome.Succeeded);
        var lines = outcome.Value!.Lines.Select(l => l.Raw).ToList();
        Assert.Equal(["某某局部门收入总表", "单位：万元", "项目\t收入", "\t合计\t上年结转", "合计\t5.00", "注：无。"], lines);
    }

    static OfficeReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("x.xlsx")]
    [InlineData("x.xls")]
    [InlineData("x.docx")]
    public void Empty_junk_and_truncated_files_give_a_diagnostic_not_an_exception(string name)
    {
        var valid = name.EndsWith(".docx") ? Bytes(s => DocxWriter.Write(Sample, s)) : Bytes(s => XlsxWriter.Write(Sample, s));
        var inputs = new[] { Array.Empty<byte>(), Encoding.ASCII.GetBytes("this is not an office file at all"), valid[..(valid.Length / 2)] };
        foreach (var bytes in inputs)
        {
            var outcome = name.EndsWith(".docx") ? DocxReader.Decode(name, bytes) : SpreadsheetReader.Decode(name, bytes);
            Assert.False(outcome.Succeeded);
            Assert.StartsWith("RD0", outcome.Failure!.Id);
            Assert.Contains(name, outcome.Failure.Message);
        }
    }

    [Fact]
    public void An_encrypted_package_is_named_as_such()
    {
        // an OLE compound file header followed by the EncryptionInfo stream name, as password-protected xlsx/docx are stored
        var bytes = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[512]).Concat(Encoding.Unicode.GetBytes("EncryptionInfo")).ToArray();
        Assert.Equal("RD0102", SpreadsheetReader.Decode("secret.xlsx", bytes).Failure!.Id);
        Assert.Equal("RD0102", DocxReader.Decode("secret.docx", bytes).Failure!.Id);
    }

    [Fact]
    public void Html_without_text_is_reported()
    {
        var outcome = HtmlReader.Decode("blank.html", Encoding.UTF8.GetBytes("<html><body><script>var a=1;</script></body></html>"));
        Assert.Equal("RD0103", outcome.Failure!.Id);
    }
}
