using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Common;
using BudgetLens.Recognition.Indicators;

namespace BudgetLens.Recognition.Sheets.Labelled;

/// <summary>
/// One indicator row of a space-separated sheet, gathered over the lines its wrapped cells take
/// (<c>满意度指标</c> / <c>服务对象满意</c> / <c>度指标</c> / <c>群众满意度 ≥ 98 % 10</c>, or a unit <c>个（台、</c> <c>套、件、</c> <c>辆）</c>
/// with the weight on the next line), and read into levels, name, target text and weight.
/// Cells split across lines are glued with no space; separate cells are joined with one space.
/// </summary>
public sealed partial class IndicatorRow
{
    private readonly record struct Token(string Raw, string Normalized, int Line, bool StartsLine, bool EndsLine);

    private readonly List<Token> _tokens = [];
    private readonly IndicatorColumns _columns;

    public IndicatorRow(IndicatorColumns columns) => _columns = columns;

    public bool IsEmpty => _tokens.Count == 0;

    /// <summary>True when the row still waits for cells (its unit, its weight) that a following line may carry.</summary>
    public bool IsOpen => !IsEmpty && !IsComplete;
    public int FirstLine => _tokens[0].Line;
    public int LastLine => _tokens[^1].Line;

    public void Add(int line, IReadOnlyList<string> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
            _tokens.Add(new Token(tokens[i], TextNormalizer.Normalize(tokens[i]), line, i == 0, i == tokens.Count - 1));
    }

    /// <summary>
    /// True when the row has all it can print: a last number that is the weight (after a value) or, without a weight
    /// column, a target. A row ending at its value (<c>＝ 1</c>) still waits for its unit and weight.
    /// </summary>
    public bool IsComplete
    {
        get
        {
            int start = TargetStart();
            if (start < 0) return false;
            if (!_columns.HasWeight) return AnyNotNature(start, _tokens.Count);
            if (!IsNumber(_tokens[^1].Normalized)) return false;
            return AnyNotNature(start, _tokens.Count - 1);
        }
    }

    /// <summary>True when a token in [<paramref name="from"/>, <paramref name="to"/>) is not a comparator/性质 cell.</summary>
    private bool AnyNotNature(int from, int to)
    {
        for (int k = from; k < to; k++) if (!IsNature(_tokens[k].Normalized)) return true;
        return false;
    }

    /// <summary>True when a line begins a new row rather than continuing this one.</summary>
    public bool StartsNewRow(IReadOnlyList<string> lineTokens) =>
        IsEmpty || IsComplete || IsLevel1Cell(lineTokens[0]);

    /// <summary>Reads the row; levels not printed are taken from the row above (a merged cell printed once).</summary>
    public Indicator Read(Indicator? previous)
    {
        int i = 0;
        string? level1 = null, level2 = null;
        if (i < _tokens.Count && IsLevel1Cell(_tokens[i].Normalized)) level1 = _tokens[i++].Raw;
        int start = TargetStart();
        int nameEnd = start < 0 ? _tokens.Count : start;
        if (ReadLevel2(i, nameEnd) is var (text, next)) { level2 = text; i = next; }
        if (level1 is null && previous is not null)
        {
            level1 = previous.Level1Raw;
            level2 ??= previous.Level2Raw;
        }
        else if (level1 is not null && level2 is null && previous is not null && previous.Level1Raw == level1 && i == nameEnd)
            level2 = previous.Level2Raw;
        string name = Join(i, nameEnd);
        decimal? weight = null;
        int tailEnd = _tokens.Count;
        if (start >= 0 && _columns.HasWeight && IsNumber(_tokens[^1].Normalized)
            && AnyNotNature(start, _tokens.Count - 1))
        {
            weight = AmountParser.ParseOrNull(_tokens[^1].Normalized);
            tailEnd--;
        }
        string? target = start < 0 ? null : TargetText(start, tailEnd);
        return IndicatorFactory.Create(level1, level2, name, target, SourceLocation.Lines(FirstLine, LastLine), weight: weight);
    }

    /// <summary>The level-2 cell: a token (or wrapped tokens) ending in 指标, before the name.</summary>
    private (string Text, int Next)? ReadLevel2(int i, int limit)
    {
        if (i >= limit) return null;
        var text = _tokens[i].Raw;
        int j = i;
        while (!text.EndsWith("指标", StringComparison.Ordinal) && j + 1 < limit && _tokens[j].EndsLine && _tokens[j + 1].StartsLine)
            text += _tokens[++j].Raw;
        return text.EndsWith("指标", StringComparison.Ordinal) && j + 1 <= limit ? (text, j + 1) : null;
    }

    /// <summary>Index of the first target token: a comparator/性质 cell or a number; -1 when none.</summary>
    private int TargetStart()
    {
        for (int k = 0; k < _tokens.Count; k++)
        {
            if (k == 0 && IsLevel1Cell(_tokens[k].Normalized)) continue;
            if (IsNature(_tokens[k].Normalized) || IsNumber(_tokens[k].Normalized) || IsFusedTarget(_tokens[k].Normalized)) return k;
        }
        return -1;
    }

    /// <summary>性质, 值 and 单位 cells joined with one space; a cell wrapped over lines glued.</summary>
    private string TargetText(int start, int end)
    {
        var cells = new List<string>();
        int k = start;
        if (k < end && IsNature(_tokens[k].Normalized)) cells.Add(_tokens[k++].Raw);
        if (k < end) cells.Add(_tokens[k++].Raw);
        if (k < end) cells.Add(Join(k, end));
        return string.Join(' ', cells);
    }

    /// <summary>Tokens joined: one space between tokens of a line, nothing across a line break.</summary>
    private string Join(int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        for (int k = from; k < to; k++)
        {
            if (k > from && !_tokens[k].StartsLine) sb.Append(' ');
            sb.Append(_tokens[k].Raw);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A level-1 cell: a level-1 name printed with its 指标 suffix or its numbering (产出指标, 1-产出); a bare 满意度 is
    /// an indicator's name, not its level.
    /// </summary>
    public static bool IsLevel1Cell(string token)
    {
        var t = TextNormalizer.Normalize(token);
        return IndicatorLevels.IsLevel1(t) && (t.EndsWith("指标", StringComparison.Ordinal) || char.IsAsciiDigit(t[0]));
    }

    /// <summary>A target printed in one cell: a comparator fused with its number (≥341万人, ≤5天) or a percentage (98%).</summary>
    private static bool IsFusedTarget(string token) => FusedTarget().IsMatch(token);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:[≥≤=<>≈]|>=|<=)\s*\d|\d+(?:\.\d+)?[%‰]$)")]
    private static partial System.Text.RegularExpressions.Regex FusedTarget();

    private static bool IsNumber(string token) => AmountParser.TryParse(token, out _);

    private static bool IsNature(string token)
    {
        if (token is "定性" or "定量") return true;
        foreach (var c in Comparators.Before)
            if (c.Word == token && c.Comparator != Comparators.Qualitative) return true;
        return false;
    }
}
