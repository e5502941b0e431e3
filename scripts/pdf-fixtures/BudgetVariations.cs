using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

/// <summary>
/// One small 一般公共预算支出表 (合计, 类/款/项 rows, a blank basic or project cell) printed the ways the real intake
/// prints it: with ruling lines, without, every character a separate word, code and name in one cell, header labels
/// wrapped over two lines under a group label, the title printed below the header row, amounts in 元; plus a
/// two-page file whose second page has no text. Every variation must extract to the same rows and amounts.
/// </summary>
internal static class BudgetVariations
{
    public sealed record Options(bool Ruled = false, bool PerChar = false, bool Fused = false, bool TwoLineHeader = false,
        bool TitleBelowHeader = false, bool Yuan = false);

    private static readonly string[][] Rows =
    [
        ["", "合计", "1,528.60", "1,208.40", "320.20"],
        ["201", "一般公共服务支出", "1,328.60", "1,208.40", "120.20"],
        ["20101", "人大事务", "1,328.60", "1,208.40", "120.20"],
        ["2010101", "行政运行", "1,208.40", "1,208.40", ""],
        ["2010108", "代表工作", "120.20", "", "120.20"],
        ["208", "社会保障和就业支出", "200.00", "", "200.00"],
        ["20805", "行政事业单位养老支出", "200.00", "", "200.00"],
        ["2080505", "机关事业单位基本养老保险缴费支出", "200.00", "", "200.00"],
    ];

    public static void Write(string outDir, string fontPath)
    {
        var fontBytes = File.ReadAllBytes(fontPath);
        void Save(string name, Options o) => File.WriteAllBytes(Path.Combine(outDir, name), Table(fontBytes, o, blankPage: false));
        Save("budget-ruled.pdf", new Options(Ruled: true));
        Save("budget-stream.pdf", new Options());
        Save("budget-per-char.pdf", new Options(PerChar: true));
        Save("budget-code-fused.pdf", new Options(Fused: true));
        Save("budget-two-line-header.pdf", new Options(TwoLineHeader: true));
        Save("budget-title-below-header.pdf", new Options(TitleBelowHeader: true));
        Save("budget-yuan.pdf", new Options(Yuan: true));
        Save("budget-ruled-per-char-yuan.pdf", new Options(Ruled: true, PerChar: true, Yuan: true));
        File.WriteAllBytes(Path.Combine(outDir, "budget-blank-page.pdf"), Table(fontBytes, new Options(Ruled: true), blankPage: true));
    }

    private static string Yuan(string amount) =>
        amount.Length == 0 ? "" : (decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) * 10000).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Table(byte[] fontBytes, Options o, bool blankPage)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(fontBytes);
        var page = builder.AddPage(595, 842);
        const double size = 10;

        double Width(string text) => text.Length == 0 ? 0 : page.MeasureText(text, size, new PdfPoint(0, 0), font).Max(l => l.EndBaseLine.X);
        void Text(string text, double x, double y, double s = size)
        {
            if (!o.PerChar) { page.AddText(text, s, new PdfPoint(x, y), font); return; }
            foreach (var ch in text) // every character its own text object, slightly spaced
            {
                var letters = page.AddText(ch.ToString(), s, new PdfPoint(x, y), font);
                x = letters.Max(l => l.EndBaseLine.X) + 0.6;
            }
        }
        double TextWidth(string text) => o.PerChar ? Width(text) + 0.6 * Math.Max(0, text.Length - 1) : Width(text);
        void Right(string text, double xRight, double y) => Text(text, xRight - 4 - TextWidth(text), y);
        void Center(string text, double x0, double x1, double y, double s = size) =>
            Text(text, (x0 + x1) / 2 - (s / size) * TextWidth(text) / 2, y, s);

        // columns: code | name | total | basic | project (fused: code and name in one column)
        double[] xs = o.Fused ? [50, 290, 380, 470, 560] : [50, 110, 290, 380, 470, 560];
        int amount0 = o.Fused ? 1 : 2;
        double top = 730, rowH = 22;
        double y = top;

        void Title(double at)
        {
            Center("2019年一般公共预算支出表", xs[0], xs[^1], at, 16);
            Text("单位：" + (o.Yuan ? "元" : "万元"), xs[^1] - 60, at - 24, 9);
        }
        var hLines = new List<(double X0, double X1, double Y)>();
        if (!o.TitleBelowHeader) { Title(775); }
        hLines.Add((xs[0], xs[^1], y));
        // header
        string[] labels = o.Fused ? ["科目编码及名称", "合计", "基本支出", "项目支出"] : ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
        if (o.TwoLineHeader)
        {
            // group label 本年支出 over basic/project; the other labels wrapped over two lines
            double h = 2 * rowH;
            Center("本年支出", xs[amount0 + 1], xs[amount0 + 3], y - rowH + 7);
            hLines.Add((xs[amount0 + 1], xs[^1], y - rowH));
            string[][] wrapped = o.Fused ? [["功能分类科目", "编码及名称"], ["本年", "合计"]] : [["功能分类", "科目编码"], ["功能分类", "科目名称"], ["本年", "合计"]];
            for (int c = 0; c < wrapped.Length; c++)
            {
                Center(wrapped[c][0], xs[c], xs[c + 1], y - h / 2 + 2);
                Center(wrapped[c][1], xs[c], xs[c + 1], y - h / 2 - 10);
            }
            Center("基本支出", xs[amount0 + 1], xs[amount0 + 2], y - h + 7);
            Center("项目支出", xs[amount0 + 2], xs[amount0 + 3], y - h + 7);
            y -= h;
        }
        else
        {
            for (int c = 0; c < labels.Length; c++) Center(labels[c], xs[c], xs[c + 1], y - rowH + 7);
            y -= rowH;
        }
        hLines.Add((xs[0], xs[^1], y));
        if (o.TitleBelowHeader) { Title(y - 22); y -= 40; }
        double bodyTop = y;
        foreach (var row in Rows)
        {
            string code = row[0], name = row[1];
            var amounts = row[2..].Select(a => o.Yuan ? Yuan(a) : a).ToArray();
            bool wrap = !o.Fused && Width(name) > xs[2] - xs[1] - 8 && o.Ruled;
            double h = wrap ? 2 * rowH : rowH;
            double mid = y - h / 2 - 3.5;
            if (o.Fused)
            {
                var label = code.Length == 0 ? name : code + " " + name;
                if (code.Length == 0) Center(label, xs[0], xs[1], mid); else Text(label, xs[0] + 4, mid);
            }
            else
            {
                if (code.Length > 0) Text(code, xs[0] + 4, mid);
                if (code.Length == 0) Center(name, xs[1], xs[2], mid);
                else if (wrap)
                {
                    int cut = name.Length / 2;
                    Text(name[..cut], xs[1] + 4, y - h / 2 + 3);
                    Text(name[cut..], xs[1] + 4, y - h / 2 - 10);
                }
                else Text(name, xs[1] + 4, mid);
            }
            for (int i = 0; i < amounts.Length; i++) Right(amounts[i], xs[amount0 + i + 1], mid);
            y -= h;
            hLines.Add((xs[0], xs[^1], y));
        }
        Center("- 1 -", 250, 350, 40, 9);
        if (o.Ruled)
        {
            foreach (var (x0, x1, ly) in hLines) page.DrawLine(new PdfPoint(x0, ly), new PdfPoint(x1, ly), 0.5);
            for (int c = 0; c < xs.Length; c++)
            {
                bool underGroup = o.TwoLineHeader && c == amount0 + 2;
                page.DrawLine(new PdfPoint(xs[c], underGroup ? top - rowH : top), new PdfPoint(xs[c], y), 0.5);
            }
        }
        if (blankPage)
        {
            var blank = builder.AddPage(595, 842);
            blank.DrawRectangle(new PdfPoint(100, 100), 300, 400, 1); // a scanned page: a picture, no text
        }
        return builder.Build();
    }
}
