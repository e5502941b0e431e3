using System.Text;
using BudgetLens.Model;
using BudgetLens.Recognition.Indicators;

namespace BudgetLens.Recognition.Sheets.NumberedLines;

/// <summary>A project sheet of the overview layout while its goal lines and indicators are being collected.</summary>
internal sealed class SheetDraft
{
    private readonly StringBuilder _goal = new();
    private readonly List<(Indicator Indicator, bool Terminated)> _indicators = [];
    private bool _lastWasGoal;

    public SheetDraft(string name, string? implementer, MoneyUnit? unit, IReadOnlyDictionary<string, decimal?> funds, int firstLine, int lastLine)
    {
        Name = name;
        Implementer = implementer;
        Unit = unit;
        Funds = funds;
        FirstLine = firstLine;
        LastLine = lastLine;
    }

    public string Name { get; }
    public string? Implementer { get; }
    public MoneyUnit? Unit { get; }
    public IReadOnlyDictionary<string, decimal?> Funds { get; }
    public int FirstLine { get; }
    public int LastLine { get; private set; }

    public void AddGoal(string text, int line)
    {
        _goal.Append(text.Trim());
        _lastWasGoal = true;
        Extend(line);
    }

    /// <summary>
    /// A lone <c>。</c>: it ends the goal printed just before it, unless that goal is already closed and the last
    /// indicator's numbered line is not, in which case it is that line's terminator (the PDF put it after the goal).
    /// </summary>
    public void AddLoneStop(int line)
    {
        bool goalOpen = _goal.Length > 0 && _goal[^1] != '。';
        bool indicatorOpen = _indicators.Count > 0 && !_indicators[^1].Terminated;
        if (indicatorOpen && (!_lastWasGoal || !goalOpen))
        {
            var (indicator, _) = _indicators[^1];
            _indicators[^1] = (indicator with { Location = indicator.Location with { EndLine = line } }, true);
        }
        else _goal.Append('。');
        Extend(line);
    }

    public void AddIndicator(IndicatorElement element)
    {
        var parsed = NumberedIndicator.Parse(element.Joined);
        if (parsed is null) return;
        var location = SourceLocation.Lines(element.FirstLine, element.LastLine);
        var indicator = IndicatorFactory.Create(parsed.Level1Raw, parsed.Level2Raw, parsed.Name, parsed.Text, location, parsed.PeriodText);
        _indicators.Add((indicator, NumberedIndicator.IsTerminated(element.Joined)));
        _lastWasGoal = false;
        Extend(element.LastLine);
    }

    private void Extend(int line) => LastLine = Math.Max(LastLine, line);

    public TargetSheet Build() => new()
    {
        Name = Name,
        Implementer = Implementer,
        Unit = Unit,
        Funds = Funds,
        Goal = _goal.Length == 0 ? null : _goal.ToString(),
        Indicators = [.. _indicators.Select(i => i.Indicator)],
        Location = SourceLocation.Lines(FirstLine, LastLine),
    };
}
