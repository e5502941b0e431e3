using System.Text.RegularExpressions;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>The document-level facts: its issuer and its budget year, where recognisers did not already set them.</summary>
public static partial class DocumentFacts
{
    private static readonly string[] IssuerLabels = ["单位名称", "填报单位", "编制单位", "编制部门", "预算部门", "部门名称", "预算单位", "部门"];

    [GeneratedRegex(@"(20\d\d)\s*年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?<name>\S{2,40}?)\s*(20\d\d)\s*年\s*(?:度)?\s*部门(?:预算|决算)")]
    private static partial Regex TitleIssuerPattern();

    public static void Fill(ExtractionContext context, DocumentBuilder output)
    {
        output.Year ??= FindYear(context);
        output.Issuer ??= FindIssuer(context, output);
    }

    /// <summary>The year stated in the document's title, a table title, or a column heading such as 2023年预算数.</summary>
    private static int? FindYear(ExtractionContext context)
    {
        int seen = 0;
        foreach (var line in context.Lines)
        {
            if (line.IsBlank) continue;
            seen++;
            var text = line.Normalized;
            bool isTitle = seen <= 3 || context.TitleKind(line) is not null
                || text.Contains("预算数", StringComparison.Ordinal) || text.Contains("年基本支出", StringComparison.Ordinal);
            if (!isTitle || text.Length > 80) continue;
            var m = YearPattern().Match(text);
            if (m.Success && !IsProjectPeriod(text, m.Index)) return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return null;
    }

    /// <summary>"2022-2023年…项目" names a project period, not the budget year.</summary>
    private static bool IsProjectPeriod(string text, int index) => index > 0 && text[index - 1] is '-' or '—' or '~' or '～' or '至';

    private static string? FindIssuer(ExtractionContext context, DocumentBuilder output)
    {
        foreach (var line in context.Lines)
        {
            var text = line.Normalized.Trim();
            foreach (var label in IssuerLabels)
            {
                int at = text.IndexOf(label, StringComparison.Ordinal);
                if (at != 0) continue;
                if (label == "部门" && (text.Length <= 2 || text[2] is not (':' or '：'))) continue; // 部门： only, never 部门主要职责
                var rest = text[label.Length..].TrimStart(':', '：', ' ', '\t', '|');
                var name = rest.Split([' ', '\t', '|'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                if (name is not { Length: >= 2 }) continue;
                var printed = RawSlice(line, name);
                // a table read the name's cell wrapped onto a further line (部门名称：江苏省人大 / 常委会办公厅): its whole name
                return output.Tables.Select(t => t.Issuer).FirstOrDefault(i => i is not null && i.Length > printed.Length && i.StartsWith(printed, StringComparison.Ordinal)) ?? printed;
            }
        }
        var departments = output.Projects.Concat(output.DepartmentTargets).Select(s => s.Department).Where(d => d is not null).Distinct().ToList();
        if (departments.Count == 1) return departments[0];
        if (IssuerOfTitles(output.Tables.Select(t => t.Title).Where(t => t is not null).Cast<string>().ToList()) is string prefix) return prefix;
        foreach (var line in context.Lines.Take(10))
            if (TitleIssuer(line.Normalized) is string name) return name;
        if (TitleIssuer(CoverTitle(context)) is string onCover) return onCover;
        // a title-shaped line further on that names the disclosure (附件：某某厅 2019 年度部门预算公开表)
        foreach (var line in context.Lines.Skip(10))
            if (line.Normalized.Length <= Tables.TitleClassifier.MaxTitleLength && line.Normalized.IndexOfAny(['。', '，', '；', ',', ';']) < 0
                && TitleIssuer(line.Normalized) is string named)
                return named;
        return null;
    }

    private const string OrganisationEnds = "局办室厅委会院所站队处心馆社府";

    /// <summary>
    /// The department named at the head of every table title ("示例市公共数据服务中心一般公共预算…表", "…中心部门支出总表"):
    /// the titles' common beginning, cut after the last character that ends an organisation's name.
    /// </summary>
    private static string? IssuerOfTitles(IReadOnlyList<string> titles)
    {
        if (titles.Count < 2) return null;
        var first = titles[0].Trim();
        int length = first.Length;
        foreach (var t in titles.Skip(1))
        {
            var other = t.Trim();
            int k = 0;
            while (k < length && k < other.Length && other[k] == first[k]) k++;
            length = k;
        }
        var prefix = first[..length].TrimEnd();
        int cut = prefix.LastIndexOfAny(OrganisationEnds.ToCharArray());
        if (cut < 3) return null;
        var name = prefix[..(cut + 1)];
        return YearPattern().IsMatch(name) ? null : name;
    }

    /// <summary>The issuer a title line names before its year (某某厅 2019 年度部门预算…), without a part ordinal (第二部分) or an attachment label (附件：).</summary>
    private static string? TitleIssuer(string normalizedLine)
    {
        var t = TitlePrefix().Replace(normalizedLine.Trim(), "");
        var m = TitleIssuerPattern().Match(t);
        return m.Success ? m.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十\d]+部分|附件\s*[\d\-－—]*\s*[:：]?)\s*")]
    private static partial Regex TitlePrefix();

    /// <summary>The cover title: the first lines of the document up to the contents or the first heading, joined (a title printed over two lines: 某某厅 / 2019年度部门预算公开).</summary>
    private static string CoverTitle(ExtractionContext context)
    {
        var parts = new List<string>();
        foreach (var line in context.Lines)
        {
            if (line.IsBlank || line.Origin?.PageFurniture == true || LayoutMarker.IsLabel(line.Normalized)) continue;
            var t = TextNormalizer.RemoveSpaces(line.Normalized);
            if (parts.Count == 4 || t is "目录" or "目次" || Narrative.NarrativeHeading.SplitOrdinal(t) is not null || line.Raw.Contains('\t')) break;
            parts.Add(line.Normalized.Trim());
        }
        return string.Concat(parts);
    }

    /// <summary>The original characters of a piece of a normalised line (full-width forms kept).</summary>
    private static string RawSlice(SourceLine line, string normalizedPiece)
    {
        int at = line.Normalized.IndexOf(normalizedPiece, StringComparison.Ordinal);
        return at >= 0 ? line.Raw.Substring(at, normalizedPiece.Length) : normalizedPiece;
    }
}
