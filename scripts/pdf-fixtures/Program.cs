using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

// Generates small PDFs for the PDF reader's tests: a ruled table continued over three pages (CJK text, a wrapped
// cell, a merged header cell, running header and page numbers), the same table without ruling lines, and a page without text.
if (args.Length > 1 && args[0] == "dump") { Dump.Run(args[1]); return; }
if (args.Length > 1 && args[0] == "profile") { Profile.Run(args[1]); return; }
var outDir = args.Length > 0 ? args[0] : ".";
var fontPath = args.Length > 1 ? args[1] : "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
BudgetVariations.Write(outDir, fontPath);

string[][] rows =
[
    ["", "Total", "300.00", "200.00", "100.00"],
    ["201", "Public services", "300.00", "200.00", "100.00"],
    ["20101", "Congress affairs", "300.00", "200.00", "100.00"],
    ["2010101", "Administration", "200.00", "200.00", ""],
    ["2010108", "Deputies work and other congress affairs", "100.00", "", "100.00"],
];
File.WriteAllBytes(Path.Combine(outDir, "ruled-table-3-pages.pdf"), Table(ruled: true));
File.WriteAllBytes(Path.Combine(outDir, "stream-table.pdf"), Table(ruled: false));
File.WriteAllBytes(Path.Combine(outDir, "no-text-layer.pdf"), NoText());

byte[] Table(bool ruled)
{
    var builder = new PdfDocumentBuilder();
    var font = builder.AddStandard14Font(Standard14Font.Helvetica); // PdfPig 0.1.16 fails subsetting the CJK TrueType font on this machine
    var latin = builder.AddStandard14Font(Standard14Font.Helvetica);
    double[] xs = [50, 130, 330, 410, 490, 570];
    for (int p = 0; p < 3; p++)
    {
        var page = builder.AddPage(595, 842);
        page.AddText("Test unit budget disclosure", 9, new PdfPoint(230, 810), font);   // running header
        page.AddText($"- {p + 1} -", 9, new PdfPoint(290, 30), latin);           // page number
        page.AddText("Test unit expenditure table", 16, new PdfPoint(170, 760), font);
        page.AddText("Unit: 10k yuan", 9, new PdfPoint(500, 740), font);
        double top = 730, h = 20;
        // header: 科目编码 | 科目名称 | 合计 | 本年支出 (merged over 基本支出, 项目支出)
        var cells = new List<(double X0, double X1, double Y, string Text)>
        {
            (xs[0], xs[1], top - 2 * h, "Code"), (xs[1], xs[2], top - 2 * h, "Name"), (xs[2], xs[3], top - 2 * h, "Total"),
            (xs[3], xs[5], top - h, "This year"), (xs[3], xs[4], top - 2 * h, "Basic"), (xs[4], xs[5], top - 2 * h, "Project"),
        };
        foreach (var c in cells) page.AddText(c.Text, 10, new PdfPoint(c.X0 + 4, c.Y + 6), font);
        double y = top - 2 * h;
        var slice = p == 0 ? rows[..3] : p == 1 ? rows[3..4] : rows[4..];
        var lines = new List<double> { top, top - h, y };
        foreach (var row in slice)
        {
            bool wrap = row[1].Length > 20;
            double rh = wrap ? 2 * h : h;
            for (int c = 0; c < row.Length; c++)
            {
                if (row[c].Length == 0) continue;
                if (c == 1 && wrap)
                {
                    page.AddText(row[c][..18], 10, new PdfPoint(xs[c] + 4, y - h + 6), font);
                    page.AddText(row[c][18..], 10, new PdfPoint(xs[c] + 4, y - 2 * h + 6), font);
                }
                else if (c >= 2 || c == 0) page.AddText(row[c], 10, new PdfPoint(c >= 2 ? xs[c + 1] - 4 - 5.6 * row[c].Length : xs[c] + 4, y - rh / 2 - 3), latin);
                else page.AddText(row[c], 10, new PdfPoint(xs[c] + 4, y - rh / 2 - 3), font);
            }
            y -= rh;
            lines.Add(y);
        }
        if (!ruled) continue;
        foreach (var ly in lines)
            page.DrawLine(new PdfPoint(ly == top - h ? xs[3] : xs[0], ly), new PdfPoint(ly == top - h ? xs[5] : xs[5], ly), 0.5);
        foreach (var x in xs)
            page.DrawLine(new PdfPoint(x, x == xs[4] ? top - h : top), new PdfPoint(x, y), 0.5);
    }
    return builder.Build();
}

byte[] NoText()
{
    var builder = new PdfDocumentBuilder();
    var page = builder.AddPage(595, 842);
    page.DrawRectangle(new PdfPoint(100, 100), 300, 400, 1);
    return builder.Build();
}
