using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Readers.Office;

/// <summary>
/// Reads an HTML page with AngleSharp: tables as rows of cells on one grid (rowspan/colspan resolved: the text in the
/// spanning cell's first position, the positions it covers empty), text outside tables as one line per block
/// (paragraph, heading, list item, div, line break). Scripts and styles are ignored. The encoding is taken from the
/// BOM or the page's meta charset, else UTF-8 when the bytes are valid UTF-8, else GB18030.
/// </summary>
public sealed class HtmlReader
{
    static HtmlReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer",
        "blockquote", "pre", "dd", "dt", "dl", "center", "caption", "figure", "main", "nav", "form", "address", "hr", "title",
    };

    public ReadOutcome<TextSource> Read(string path) =>
        OfficeFile.Read(path, bytes => Decode(Path.GetFileName(path), bytes));

    public static ReadOutcome<TextSource> Decode(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.Empty(fileName));
        var (text, encoding) = DecodeText(bytes);
        if (BinaryContent.Looks(text, out var offset)) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.Binary(fileName, offset));
        var document = new HtmlParser().ParseDocument(text);
        var builder = new OfficeTextBuilder();
        var line = new StringBuilder();
        Walk(document.Body ?? (INode)document, builder, line);
        Flush(builder, line);
        if (builder.Lines.All(l => l.IsBlank)) return ReadOutcome<TextSource>.Fail(OfficeDiagnostics.NoContent(fileName));
        var diagnostics = new List<Diagnostic>();
        if (encoding == "GB18030") diagnostics.Add(ReaderDiagnostics.LegacyEncoding(fileName, encoding));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return ReadOutcome<TextSource>.Ok(new TextSource(fileName, encoding, sha, builder.Lines, diagnostics, SourceFormats.Html));
    }

    private static (string Text, string Encoding) DecodeText(byte[] bytes)
    {
        var bom = EncodingDetector.Detect(bytes);
        if (bom.PreambleLength > 0) return (bom.Encoding.GetString(bytes, bom.PreambleLength, bytes.Length - bom.PreambleLength), bom.Name);
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var m = System.Text.RegularExpressions.Regex.Match(head, @"charset\s*=\s*[""']?([A-Za-z0-9_\-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (m.Success)
        {
            var name = m.Groups[1].Value.ToLowerInvariant() is "gb2312" or "gbk" ? "GB18030" : m.Groups[1].Value;
            try
            {
                var enc = Encoding.GetEncoding(name);
                return (enc.GetString(bytes), enc.WebName.Equals("gb18030", StringComparison.OrdinalIgnoreCase) ? "GB18030" : enc.WebName.ToUpperInvariant());
            }
            catch (ArgumentException) { }
        }
        return (bom.Encoding.GetString(bytes), bom.Name);
    }

    private static void Walk(INode node, OfficeTextBuilder builder, StringBuilder line)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    line.Append(t.Data);
                    break;
                case IElement e:
                    var tag = e.LocalName;
                    if (tag is "script" or "style" or "noscript" or "template" or "head") break;
                    if (tag == "br") { Flush(builder, line); break; }
                    if (tag == "table")
                    {
                        Flush(builder, line);
                        builder.AddGrid(Grid(e));
                        break;
                    }
                    bool block = Blocks.Contains(tag);
                    if (block) Flush(builder, line);
                    Walk(e, builder, line);
                    if (block) Flush(builder, line);
                    break;
            }
        }
    }

    private static void Flush(OfficeTextBuilder builder, StringBuilder line)
    {
        var t = Collapse(line.ToString()).Trim();
        line.Clear();
        if (t.Length > 0) builder.AddText(t);
    }

    /// <summary>HTML white space (newlines and runs of spaces in the markup) collapses to one space; no-break spaces are kept.</summary>
    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[ \t\r\n\f]+", " ");

    /// <summary>The rows of a table (its own rows, not those of tables nested in cells) placed on one grid.</summary>
    public static CellGrid Grid(IElement table)
    {
        var grid = new CellGrid();
        var covered = new HashSet<(int, int)>();
        var rows = table.Children.SelectMany(c => c.LocalName is "thead" or "tbody" or "tfoot" ? c.Children.AsEnumerable() : new[] { c }).Where(r => r.LocalName == "tr").ToList();
        for (int r = 0; r < rows.Count; r++)
        {
            int c = 0;
            grid.Set(r, 0, grid.Rows.Count > r && grid.Rows[r].Count > 0 ? grid.Rows[r][0] : new GridCell(""));
            foreach (var cell in rows[r].Children.Where(x => x.LocalName is "td" or "th"))
            {
                while (covered.Contains((r, c))) c++;
                int colspan = Span(cell.GetAttribute("colspan"));
                int rowspan = Span(cell.GetAttribute("rowspan"));
                grid.Set(r, c, new GridCell(CellText(cell), ColSpan: colspan));
                for (int dr = 0; dr < rowspan; dr++)
                    for (int dc = 0; dc < colspan; dc++)
                    {
                        if (dr == 0 && dc == 0) continue;
                        covered.Add((r + dr, c + dc));
                        grid.Set(r + dr, c + dc, new GridCell(""));
                    }
                c += colspan;
            }
        }
        return grid;
    }

    private static int Span(string? value) => int.TryParse(value, out var n) && n > 0 ? Math.Min(n, 1000) : 1;

    /// <summary>A cell's text: its blocks and line breaks joined by a space, white space collapsed.</summary>
    private static string CellText(IElement cell)
    {
        var sb = new StringBuilder();
        void Visit(INode n)
        {
            foreach (var child in n.ChildNodes)
            {
                if (child is IText t) sb.Append(t.Data);
                else if (child is IElement e)
                {
                    if (e.LocalName is "script" or "style") continue;
                    if (e.LocalName == "br" || Blocks.Contains(e.LocalName) || e.LocalName is "tr" or "table") sb.Append(' ');
                    Visit(e);
                    if (Blocks.Contains(e.LocalName) || e.LocalName is "td" or "th") sb.Append(' ');
                }
            }
        }
        Visit(cell);
        return Collapse(sb.ToString()).Trim();
    }
}
