namespace BudgetLens.Readers.Text;

/// <summary>Tells text from binary junk: NUL characters or many control characters.</summary>
public static class BinaryContent
{
    public static bool Looks(string text, out int offset)
    {
        int sample = Math.Min(text.Length, 64 * 1024), control = 0;
        offset = -1;
        for (int i = 0; i < sample; i++)
        {
            char c = text[i];
            if (c == '\0')
            {
                offset = i;
                return true;
            }
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            {
                control++;
                if (offset < 0) offset = i;
            }
        }
        return sample > 0 && control > sample / 20;
    }
}
