using BudgetLens.Readers.Text;

namespace BudgetLens.Readers.Tests;

/// <summary>Bad input gets a clear diagnostic naming the file, never an exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("budgetlens-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Empty_file_is_reported()
    {
        var path = Write("empty.txt", []);
        var outcome = new TextFileReader().Read(path);
        Assert.False(outcome.Succeeded);
        Assert.Equal("RD0002", outcome.Failure!.Id);
        Assert.Contains("empty.txt", outcome.Failure.Message);
    }

    [Fact]
    public void Blank_lines_only_count_as_empty()
    {
        var outcome = new TextFileReader().Read(Write("blank.txt", "\n  \n\t\n"u8.ToArray()));
        Assert.Equal("RD0002", outcome.Failure!.Id);
    }

    [Fact]
    public void Binary_junk_is_reported_with_its_offset()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[100] = 0;
        var outcome = new TextFileReader().Read(Write("junk.txt", junk));
        Assert.False(outcome.Succeeded);
        Assert.Equal("RD0003", outcome.Failure!.Id);
        Assert.Contains("junk.txt", outcome.Failure.Message);
    }

    [Fact]
    public void A_200_MB_file_is_refused_without_being_loaded()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var fs = File.Create(path)) fs.SetLength(200L * 1024 * 1024);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var outcome = new TextFileReader().Read(path);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal("RD0004", outcome.Failure!.Id);
        Assert.Contains("huge.txt", outcome.Failure.Message);
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated} bytes to refuse a large file");
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        var outcome = new TextFileReader().Read(Path.Combine(_dir, "nope.txt"));
        Assert.Equal("RD0001", outcome.Failure!.Id);
    }

    [Fact]
    public void Invalid_utf8_that_is_not_gb18030_text_still_reads_with_a_diagnostic()
    {
        byte[] bytes = [.. "合计 1.00\n"u8.ToArray(), 0xFF, 0xFF, 0xFF, (byte)'\n', .. "201 一般公共服务支出 1.00\n"u8.ToArray()];
        var outcome = new TextFileReader().Read(Write("mixed.txt", bytes));
        Assert.True(outcome.Succeeded);
        Assert.Equal("GB18030", outcome.Value!.EncodingName);
        Assert.Contains(outcome.Value.Diagnostics, d => d.Id == "RD0005");
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
