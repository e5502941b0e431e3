namespace BudgetLens.Recognition.Sheets.NumberedLines;

/// <summary>One piece of the overview layout once wrapping is undone; <see cref="Lines"/> are its non-blank source lines.</summary>
public abstract record OverviewElement(IReadOnlyList<int> Lines)
{
    public int FirstLine => Lines[0];
    public int LastLine => Lines[^1];
}

/// <summary>A line with amounts, with the name lines wrapped above it: 合计, a 资金使用单位 group, or a project.</summary>
public sealed record AmountsElement(IReadOnlyList<int> Lines, string Name, OverviewLine Overview) : OverviewElement(Lines);

/// <summary>A line of goal text (绩效目标); a lone <c>。</c> is a separator whose owner is decided by the sheet.</summary>
public sealed record TextElement(int Line, string Text) : OverviewElement([Line])
{
    public bool IsLoneStop => Text == "。";
}

/// <summary>A numbered indicator line, its wrapped pieces joined without separators.</summary>
public sealed record IndicatorElement(IReadOnlyList<int> Lines, string Joined) : OverviewElement(Lines);
