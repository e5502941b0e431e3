namespace BudgetLens.Recognition.Narrative;

/// <summary>
/// Whether a space stood where a justified line was wrapped. A word processor prints no space glyph at the end of a
/// justified line, so the page does not say; the text around does: the wrap between "减少" and "0 万元" had a space
/// when the same text sets a space between a Chinese character and a digit everywhere else ("为 13258.53", "减少 14162.7"),
/// and the one between "结果," and "优化" had one when "," is followed by a space elsewhere (", 其中"). Characters are
/// compared by kind (Chinese, digit, Latin letter) and punctuation by itself; a space is restored only when the text
/// sets one between such characters more often than not (and at least twice).
/// </summary>
public static class WrapSpacing
{
    /// <summary>True when <paramref name="lines"/> (the text the wrap stands in, line by line) mostly space <paramref name="before"/> from <paramref name="after"/>.</summary>
    public static bool SpaceDropped(IReadOnlyList<string> lines, char before, char after)
    {
        var (a, b) = (Kind(before), Kind(after));
        if (a == ' ' || b == ' ') return false;
        int spaced = 0, joined = 0;
        foreach (var line in lines)
            for (int i = 0; i + 1 < line.Length; i++)
            {
                if (Kind(line[i]) != a) continue;
                if (Kind(line[i + 1]) == b) joined++;
                else if (line[i + 1] == ' ' && i + 2 < line.Length && Kind(line[i + 2]) == b) spaced++;
            }
        return spaced >= 2 && spaced > joined;
    }

    private static char Kind(char c) =>
        char.IsWhiteSpace(c) ? ' '
        : c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' ? '中'
        : char.IsAsciiDigit(c) ? '0'
        : char.IsAsciiLetter(c) ? 'a'
        : c;
}
