using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>The state of one extraction: the source lines, what became of each, and the diagnostics so far.</summary>
public sealed class ExtractionContext
{
    private readonly LineUse[] _uses;
    private readonly List<Diagnostic> _diagnostics = [];

    public ExtractionContext(TextSource source)
    {
        Source = source;
        _uses = new LineUse[source.Lines.Count + 1];
        _diagnostics.AddRange(source.Diagnostics);
    }

    public TextSource Source { get; }
    public IReadOnlyList<SourceLine> Lines => Source.Lines;
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public SourceLine Line(int number) => Source[number];

    public LineUse UseOf(int number) => _uses[number];

    public void Consume(int number) => Mark(number, LineUse.Consumed);

    public void Consume(int from, int to)
    {
        for (int i = from; i <= to; i++) Consume(i);
    }

    public void Layout(int number) => Mark(number, LineUse.Layout);

    private void Mark(int number, LineUse use)
    {
        if (_uses[number] == LineUse.None || use == LineUse.Consumed) _uses[number] = use;
    }

    public void Report(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        if (diagnostic.Location?.Line is int line)
        {
            int end = diagnostic.Location.EndLine ?? line;
            for (int i = line; i <= end && i < _uses.Length; i++)
                if (_uses[i] == LineUse.None) _uses[i] = LineUse.Reported;
        }
    }

    /// <summary>Reports every non-blank line no recogniser took, so that no text is dropped silently.</summary>
    public void ReportUnusedLines()
    {
        foreach (var line in Lines)
        {
            if (_uses[line.Number] == LineUse.None && !line.IsBlank)
                Report(ExtractionDiagnostics.UnrecognisedLine(line));
        }
    }
}
