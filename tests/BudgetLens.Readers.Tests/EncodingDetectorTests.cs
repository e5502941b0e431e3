using System.Text;
using BudgetLens.Readers.Text;

namespace BudgetLens.Readers.Tests;

public sealed class EncodingDetectorTests
{
    private const string Sample = "单位：万元\n合计 1,028.96 435.97\n201 一般公共服务支出 927.60\n";

    [Theory]
    [InlineData("utf-8-bom", "UTF-8 (BOM)")]
    [InlineData("utf-8", "UTF-8")]
    [InlineData("utf-16le-bom", "UTF-16LE (BOM)")]
    [InlineData("utf-16be-bom", "UTF-16BE (BOM)")]
    [InlineData("gb18030", "GB18030")]
    public void Detects_and_decodes(string encoding, string expectedName)
    {
        var bytes = Encode(encoding, Sample);
        var outcome = TextFileReader.Decode("x.txt", bytes);
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(expectedName, outcome.Value!.EncodingName);
        Assert.Equal("合计 1,028.96 435.97", outcome.Value.Lines[1].Raw);
        Assert.Equal(3, outcome.Value.Lines.Count);
    }

    [Fact]
    public void Utf16_without_bom_is_recognised()
    {
        var bytes = Encoding.Unicode.GetBytes("Budget 2023 total 1028.96\n" + Sample);
        var outcome = TextFileReader.Decode("x.txt", bytes);
        Assert.Equal("UTF-16LE", outcome.Value!.EncodingName);
        Assert.Equal("Budget 2023 total 1028.96", outcome.Value.Lines[0].Raw);
    }

    internal static byte[] Encode(string encoding, string text) => encoding switch
    {
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "gb18030" => EncodingDetector.Gb18030.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}

public sealed class TruncatedUtf8Tests
{
    [Fact]
    public void Utf8_cut_inside_its_last_character_is_still_utf8_with_a_warning()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("合计 1.00\n一般公共服务支出");
        var cut = bytes[..^1];
        var outcome = TextFileReader.Decode("cut.txt", cut);
        Assert.True(outcome.Succeeded);
        Assert.Equal(EncodingDetector.TruncatedUtf8, outcome.Value!.EncodingName);
        Assert.Equal("合计 1.00", outcome.Value.Lines[0].Raw);
        Assert.StartsWith("一般公共服务支", outcome.Value.Lines[1].Raw);
        Assert.Contains(outcome.Value.Diagnostics, d => d.Id == "RD0009");
    }
}
