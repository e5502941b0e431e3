using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BudgetLens.Model;
using BudgetLens.Readers.Text;
using ExcelDataReader;

namespace BudgetLens.Readers.Office;

/// <summary>
/// Reads an Excel workbook (the old binary .xls as well as .xlsx) with ExcelDataReader: every visible sheet in order,
/// each a candidate table; merged areas keep their text in the first cell; numbers as printed (rounded to the
/// decimals the cell's number format shows, through decimal, so no 1028.9600000001); each line carries the sheet
/// and the address of every cell (C7).
/// </summary>
public sealed class SpreadsheetReader
{
    static SpreadsheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public ReadOutcome<TextSource> Read(string path) =>
        OfficeFile.Read(path, bytes => Decode(Path.GetFileName(path), bytes));

    public static ReadOutcome<TextSource> Decode(string fileName, byte[] bytes)
    {
        var format = fileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) ? SourceFormats.Xls : SourceFormats.Xlsx;
        if (bytes.Length == 0) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.Empty(fileName));
        if (OfficeFile.IsEncryptedPackage(bytes)) return ReadOutcome<TextSource>.Fail(OfficeDiagnostics.Encrypted(fileName));
        var builder = new OfficeTextBuilder();
        var diagnostics = new List<Diagnostic>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding("GB18030") });
            do
            {
                var sheet = reader.Name ?? "";
                if (!string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase) && reader.VisibleState is not null)
                {
                    diagnostics.Add(OfficeDiagnostics.HiddenSheet(fileName, sheet));
                    continue;
                }
                var grid = new CellGrid();
                try
                {
                    ReadSheet(reader, grid);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    diagnostics.Add(OfficeDiagnostics.SheetFailed(fileName, sheet, e.Message));
                }
                if (builder.Lines.Count > 0) builder.AddBlank();
                builder.AddGrid(grid, sheet);
            } while (reader.NextResult());
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            if (e.GetType().Name.Contains("Encrypt", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
                return ReadOutcome<TextSource>.Fail(OfficeDiagnostics.Encrypted(fileName));
            if (builder.Lines.Count == 0) return ReadOutcome<TextSource>.Fail(OfficeDiagnostics.Corrupt(fileName, format, e.Message));
            diagnostics.Add(OfficeDiagnostics.Corrupt(fileName, format, e.Message) with { Severity = Severity.Warning });
        }
        if (builder.Lines.All(l => l.IsBlank)) return ReadOutcome<TextSource>.Fail(OfficeDiagnostics.NoContent(fileName));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return ReadOutcome<TextSource>.Ok(new TextSource(fileName, format, sha, builder.Lines, diagnostics, format));
    }

    private static bool IsReadFailure(Exception e) => e is not OutOfMemoryException and not StackOverflowException;

    private static void ReadSheet(IExcelDataReader reader, CellGrid grid)
    {
        var rowsRead = new List<(int Row, string?[] Cells)>();
        while (reader.Read())
        {
            int row = reader.Depth;
            var cells = new string?[reader.FieldCount];
            for (int c = 0; c < reader.FieldCount; c++)
            {
                object? value;
                try { value = reader.GetValue(c); }
                catch (Exception) { value = null; }
                cells[c] = value is null ? null : CellText(value, SafeFormat(reader, c));
            }
            rowsRead.Add((row, cells));
        }
        var covered = new HashSet<(int, int)>();
        var spans = new Dictionary<(int, int), int>();
        foreach (var merge in reader.MergeCells ?? [])
        {
            spans[(merge.FromRow, merge.FromColumn)] = merge.ToColumn - merge.FromColumn + 1;
            for (int r = merge.FromRow; r <= merge.ToRow; r++)
                for (int c = merge.FromColumn; c <= merge.ToColumn; c++)
                    if (r != merge.FromRow || c != merge.FromColumn) covered.Add((r, c));
        }
        foreach (var (row, cells) in rowsRead)
        {
            for (int c = 0; c < cells.Length; c++)
            {
                var text = covered.Contains((row, c)) ? "" : cells[c] ?? "";
                grid.Set(row, c, new GridCell(text, Address(row, c), spans.GetValueOrDefault((row, c), 1)));
            }
        }
    }

    private static string? SafeFormat(IExcelDataReader reader, int column)
    {
        try { return reader.GetNumberFormatString(column); }
        catch (Exception) { return null; }
    }

    /// <summary>The text a cell shows: numbers through decimal, rounded to the decimals of the number format (General: 15 significant digits).</summary>
    public static string CellText(object value, string? numberFormat) => value switch
    {
        string s => s,
        double d => NumberText(d, numberFormat),
        float f => NumberText(f, numberFormat),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        TimeSpan ts => ts.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static string NumberText(double d, string? numberFormat)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) return "";
        // 15 significant digits is what Excel itself keeps; beyond that a double holds conversion noise
        var exact = decimal.Parse(d.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var (decimals, percent) = FormatDecimals(numberFormat);
        if (percent) exact *= 100;
        if (decimals is int n) exact = Math.Round(exact, n, MidpointRounding.AwayFromZero);
        var text = decimals is int k ? exact.ToString("F" + k, CultureInfo.InvariantCulture) : exact.ToString(CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }

    /// <summary>The decimals a number format shows (0.00 → 2, #,##0 → 0, General → null) and whether it is a percentage.</summary>
    public static (int? Decimals, bool Percent) FormatDecimals(string? format)
    {
        if (string.IsNullOrWhiteSpace(format) || format.Equals("General", StringComparison.OrdinalIgnoreCase) || format == "@") return (null, false);
        var section = format.Split(';')[0];
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < section.Length; i++)
        {
            char c = section[i];
            if (c == '"') { quoted = !quoted; continue; }
            if (quoted) continue;
            if (c == '\\' || c == '_' || c == '*') { i++; continue; }
            if (c == '[') { int close = section.IndexOf(']', i); if (close > i) { i = close; continue; } }
            sb.Append(c);
        }
        var core = sb.ToString();
        if (!core.Contains('0') && !core.Contains('#')) return (null, false);
        bool percent = core.Contains('%');
        int dot = core.IndexOf('.');
        if (dot < 0) return (0, percent);
        int n = 0;
        for (int i = dot + 1; i < core.Length && core[i] is '0' or '#' or '?'; i++) n++;
        return (n, percent);
    }

    public static string Address(int row, int column)
    {
        var letters = new StringBuilder();
        int c = column + 1;
        while (c > 0)
        {
            int m = (c - 1) % 26;
            letters.Insert(0, (char)('A' + m));
            c = (c - 1) / 26;
        }
        return letters.ToString() + (row + 1).ToString(CultureInfo.InvariantCulture);
    }
}
