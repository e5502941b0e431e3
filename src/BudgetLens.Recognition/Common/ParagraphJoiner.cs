using System.Text;
using System.Text.RegularExpressions;

namespace BudgetLens.Recognition.Common;

/// <summary>
/// Joins the lines of narrative text with layout line breaks removed: a break after a line that ends in the middle of
/// a sentence (on a letter or a digit: "行政在" | "职人数", "130.9 万" | "元。") is the converter's, and goes; a break after
/// closing punctuation, or before an enumerated item ((一), 1., 目标2), is a paragraph's, and stays as "\n".
/// </summary>
public static partial class ParagraphJoiner
{
    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+、|\d+(?:、|[.．](?!\d))|第[一二三四五六七八九十]+|目标\d|[-•·])")]
    private static partial Regex Enumerated();

    public static string Join(IReadOnlyList<string> lines) => JoinWithSpans(lines).Text;

    /// <summary>The joined text, and for each paragraph the indexes of its first and last line in <paramref name="lines"/>.</summary>
    public static (string Text, IReadOnlyList<(int First, int Last)> Paragraphs) JoinWithSpans(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        var paragraphs = new List<(int First, int Last)>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            bool newParagraph = i == 0 || !(EndsMidSentence(lines[i - 1]) && !Enumerated().IsMatch(line));
            if (newParagraph)
            {
                if (i > 0) text.Append('\n');
                paragraphs.Add((i, i));
            }
            else paragraphs[^1] = (paragraphs[^1].First, i);
            text.Append(line);
        }
        return (text.ToString(), paragraphs);
    }

    private static bool EndsMidSentence(string line) => line.Length > 0 && char.IsLetterOrDigit(line[^1]);
}
