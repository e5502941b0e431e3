using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>The state of one extraction: the source lines, what became of each, and the diagnostics so far.</summary>
public sealed class ExtractionContext
{
    private readonly LineUse[] _uses;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly string?[] _titleKinds;
    private readonly bool[] _titleClassified;
    private IReadOnlyList<Block>? _blocks;

    public ExtractionContext(TextSource source)
    {
        Source = source;
        _uses = new LineUse[source.Lines.Count + 1];
        _titleKinds = new string?[source.Lines.Count + 1];
        _titleClassified = new bool[source.Lines.Count + 1];
        _diagnostics.AddRange(source.Diagnostics);
    }

    public TextSource Source { get; }
    public IReadOnlyList<SourceLine> Lines => Source.Lines;
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public SourceLine Line(int number) => Source[number];

    /// <summary>The kind of table the line is the title of (<see cref="Tables.TitleClassifier"/>), or null; classified once per line.</summary>
    public string? TitleKind(SourceLine line)
    {
        if (!_titleClassified[line.Number])
        {
            _titleKinds[line.Number] = Tables.TitleClassifier.Classify(line.Raw);
            _titleClassified[line.Number] = true;
        }
        return _titleKinds[line.Number];
    }

    /// <summary>The document cut into blocks at its titles (<see cref="Segmenter"/>), computed once.</summary>
    public IReadOnlyList<Block> Blocks => _blocks ??= Segmenter.Split(this);

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
