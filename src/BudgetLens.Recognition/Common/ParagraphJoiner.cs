using System.Text;
using System.Text.RegularExpressions;

namespace BudgetLens.Recognition.Common;

/// <summary>
/// Joins the lines of narrative text with layout line breaks removed. Where the reader knows a line was wrapped by the
/// layout (a PDF line running to the right edge of the text, the next starting unindented: <see cref="Narrative.LineWraps"/>),
/// the break goes whatever the line ends with (、，, a digit, a letter), unless it ends a sentence (。！？；) and the next
/// line starts an enumerated item: a paragraph whose last line happens to fill the measure. Where a space stood at a
/// break that goes (<see cref="LineBreak.Space"/>), it stays as one space. Otherwise the text decides: a break after a line that ends in the middle of a sentence (on a letter or a digit: "行政在" | "职人数",
/// "130.9 万" | "元。") is the converter's, and goes; a break after closing punctuation, or before an enumerated item
/// ((一), 1., 目标2), is a paragraph's, and stays as "\n".
/// </summary>
public static partial class ParagraphJoiner
{
    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+、|\d+(?:、|[.．](?!\d))|第[一二三四五六七八九十]+(?:部分|章|节|条|、)|目标\d|[-•·])")]
    private static partial Regex Enumerated();

    public static string Join(IReadOnlyList<string> lines) => JoinWithSpans(lines).Text;

    /// <summary>The joined text, and for each paragraph the indexes of its first and last line in <paramref name="lines"/>.</summary>
    /// <param name="lines">The lines, trimmed.</param>
    /// <param name="breaks">For each line, what the reader knows of the break after it (text input: nothing).</param>
    public static (string Text, IReadOnlyList<(int First, int Last)> Paragraphs) JoinWithSpans(IReadOnlyList<string> lines, IReadOnlyList<LineBreak>? breaks = null)
    {
        var text = new StringBuilder();
        var paragraphs = new List<(int First, int Last)>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var known = i > 0 && breaks is not null && i - 1 < breaks.Count ? breaks[i - 1] : default;
            bool newParagraph = i == 0 || (known.Wrapped
                ? EndsSentence(lines[i - 1]) && Enumerated().IsMatch(line)
                : !(EndsMidSentence(lines[i - 1]) && !Enumerated().IsMatch(line)));
            if (newParagraph)
            {
                if (i > 0) text.Append('\n');
                paragraphs.Add((i, i));
            }
            else
            {
                paragraphs[^1] = (paragraphs[^1].First, i);
                if (known.Space && text.Length > 0 && line.Length > 0) text.Append(' ');
            }
            text.Append(line);
        }
        return (text.ToString(), paragraphs);
    }

    private static bool EndsMidSentence(string line) => line.Length > 0 && char.IsLetterOrDigit(line[^1]);

    private static bool EndsSentence(string line) => line.Length > 0 && line[^1] is '。' or '！' or '？' or '；' or '.' or '!' or '?' or ';';
}

/// <summary>
/// What a reader knows of the break after a line: <see cref="Wrapped"/>, the layout wrapped the line there (the break is
/// no paragraph's); <see cref="Space"/>, a space stood at the break (printed at the line's end, or dropped there by
/// justification where the text around spaces such characters), kept if the break goes.
/// </summary>
public readonly record struct LineBreak(bool Wrapped, bool Space);
