namespace BudgetLens.Readers.Text;

/// <summary>Splits text into numbered lines at \n, \r\n or \r.</summary>
public static class LineSplitter
{
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>(text.Length / 40 + 1);
        int start = 0, number = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(new SourceLine(number++, text[start..i]));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new SourceLine(number, text[start..]));
        return lines;
    }
}
