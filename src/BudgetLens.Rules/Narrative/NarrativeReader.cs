using System.Globalization;
using System.Text.RegularExpressions;
using BudgetLens.Model;

namespace BudgetLens.Rules.Narrative;

/// <summary>
/// Reads the amounts and counts a document's narrative states, with what they name, their changes from last year,
/// rates and shares, and the lists of parts they are stated with. Sentences are cut into clauses at punctuation
/// (a comma between digits is a thousands separator); a clause with an amount or a count starts an item, a clause
/// "较上年…增加/减少 X 万元", "增长 Y%" or "占…Z%" belongs to the item before it, "其中" opens the item's parts and
/// "按…划分" a breakdown of the section's leading item. A list of parts closes at the first item that cannot be a part.
/// </summary>
public static partial class NarrativeReader
{
    public static IReadOnlyList<NarrativeStatement> Read(BudgetDocument document) =>
        document.Sections.Select(NarrativeText.Of).OfType<NarrativeText>().SelectMany(Read).ToList();

    /// <summary>The top-level statements of one section; parts hang under their wholes (see <see cref="Flatten"/>).</summary>
    public static IReadOnlyList<NarrativeStatement> Read(NarrativeText text) => new SectionParser(text).Parse();

    public static IEnumerable<NarrativeStatement> Flatten(IEnumerable<NarrativeStatement> statements) =>
        statements.SelectMany(s => new[] { s }.Concat(Flatten(s.Breakdowns.SelectMany(b => b.Items))));

    private sealed record Clause(string Text, int Start, char Separator);

    private sealed class SectionParser(NarrativeText text)
    {
        private readonly List<NarrativeStatement> _top = [];
        private readonly Stack<NarrativeBreakdown> _open = new();
        private NarrativeStatement? _current;
        private NarrativeStatement? _lead;

        private NarrativeScope SectionScope =>
            text.Section.Heading.Contains("财政拨款") || text.Section.Heading.Contains("三公") ? NarrativeScope.Fiscal : NarrativeScope.All;

        public IReadOnlyList<NarrativeStatement> Parse()
        {
            Clause? previous = null;
            foreach (var clause in Clauses(text.Text))
            {
                Take(clause, previous);
                previous = clause;
            }
            return _top;
        }

        private void Take(Clause clause, Clause? previous)
        {
            var c = clause.Text;
            int start = clause.Start;
            if (c.StartsWith("其中", StringComparison.Ordinal))
            {
                if (_current is not null) Open(new NarrativeBreakdown(_current, "其中"));
                (c, start) = (c[2..].TrimStart(), start + (c.Length - c[2..].TrimStart().Length));
                if (c.Length == 0) return;
            }
            if (ByMarker().IsMatch(c))
            {
                if (_lead is not null)
                {
                    _open.Clear();
                    Open(new NarrativeBreakdown(_lead, c));
                }
                return;
            }
            bool attribute = false;
            if (ChangePattern().Match(c) is { Success: true } change)
            {
                attribute = true;
                if (_current is not null)
                {
                    bool down = change.Groups["dir"].Value is "减少" or "下降" or "减" or "降低";
                    var n = Number(change, start, signed: down);
                    _current.Change ??= n;
                    if (change.Groups["year"].Success) _current.ChangeBaseYear = int.Parse(change.Groups["year"].Value, CultureInfo.InvariantCulture);
                }
            }
            if (RatePattern().Match(c) is { Success: true } rate)
            {
                attribute = true;
                if (_current is not null) _current.Rate ??= Number(rate, start, signed: rate.Groups["dir"].Value is "下降" or "减少" or "降低");
            }
            if (SharePattern().Match(c) is { Success: true } share)
            {
                attribute = true;
                if (_current is not null && _current.Share is null)
                {
                    _current.Share = Number(share, start, signed: false);
                    _current.ShareOf = share.Groups["of"].Value.Trim();
                }
            }
            if (attribute) return;
            if (AmountPattern().Match(c) is { Success: true } amount)
            {
                var name = NameBefore(c, amount.Index, previous);
                var number = Number(amount, start, signed: false);
                if (GenericAmount().IsMatch(NarrativeConcepts.Clean(name)) && _current is { Amount: null }) _current.Amount = number;
                else Add(name, s => s.Amount = number, hasCount: false);
            }
            else if (CountPattern().Match(c) is { Success: true } count)
            {
                var name = NameBefore(c, count.Index, previous);
                var number = Number(count, start, signed: false);
                if (NarrativeConcepts.Classify(name, null, hasCount: true) is not null) Add(name, s => s.Count = number, hasCount: true);
            }
        }

        private StatedNumber Number(Match m, int clauseStart, bool signed)
        {
            var g = m.Groups["num"];
            var printed = g.Value.Replace(",", "", StringComparison.Ordinal);
            var value = decimal.Parse(printed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            MoneyUnit? unit = m.Groups["unit"].Success ? MoneyUnits.Parse(m.Groups["unit"].Value) : null;
            return new StatedNumber(signed ? -value : value, g.Value, unit, text.LocationAt(clauseStart + g.Index));
        }

        private static string NameBefore(string clause, int index, Clause? previous)
        {
            var name = NameTail().Replace(clause[..index].Trim(), "");
            if (name.Length == 0 && previous is { Separator: ':' or '：' } p && !Digit().IsMatch(NarrativeConcepts.Clean(p.Text))) name = p.Text;
            return name;
        }

        private void Add(string name, Action<NarrativeStatement> set, bool hasCount)
        {
            var parentConcept = _open.Count > 0 ? _open.Peek().Owner.Concept : null;
            var concept = NarrativeConcepts.Classify(name, parentConcept, hasCount);
            if (concept is not null)
            {
                while (_open.Count > 0 && !NarrativeConcepts.PartOf(_open.Peek().Owner.Concept, concept)) _open.Pop();
                if (_open.Count > 0 && concept.StartsWith("procurement.", StringComparison.Ordinal) != (_open.Peek().Owner.Concept == NarrativeConcepts.Procurement))
                    concept = NarrativeConcepts.Classify(name, _open.Peek().Owner.Concept, hasCount) ?? concept;
            }
            var owner = _open.Count > 0 ? _open.Peek() : null;
            var scope = name.Contains("财政拨款") && concept?.StartsWith("income.", StringComparison.Ordinal) != true || concept?.StartsWith("three.", StringComparison.Ordinal) == true
                ? NarrativeScope.Fiscal
                : owner?.Owner.Scope ?? SectionScope;
            var statement = new NarrativeStatement { Name = name, Concept = concept, Scope = scope, Section = text.Section, Parent = owner?.Owner };
            set(statement);
            if (owner is not null)
            {
                owner.Items.Add(statement);
                if (concept is null) owner.Uncertain = true;
            }
            else
            {
                _top.Add(statement);
                if (_lead is null && statement.Amount is not null && concept is not null) _lead = statement;
            }
            _current = statement;
        }

        private void Open(NarrativeBreakdown breakdown)
        {
            breakdown.Owner.Breakdowns.Add(breakdown);
            _open.Push(breakdown);
        }
    }

    private static IEnumerable<Clause> Clauses(string text)
    {
        int start = 0;
        foreach (Match sep in Separator().Matches(text))
        {
            yield return Trimmed(text[start..sep.Index], start, sep.Value[0]);
            start = sep.Index + sep.Length;
        }
        if (start < text.Length) yield return Trimmed(text[start..], start, '。');
    }

    private static Clause Trimmed(string raw, int start, char separator)
    {
        int lead = raw.Length - raw.TrimStart().Length;
        return new Clause(raw.Trim(), start + lead, separator);
    }

    // a comma followed by exactly three digits is a thousands separator, not a clause break
    [GeneratedRegex(@"[，；;。：:、！？!?\n]|,(?!\d{3}(?:\D|$))")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?:较|比)\s*(?:上年|上一年|去年|(?<year>(?:19|20)\d\d)\s*年)[^增减降上]{0,12}?(?<dir>增加|减少|增长|下降|上升|降低|减|增)\s*(?<num>\d[\d,]*(?:\.\d+)?)\s*(?<unit>万元|元)")]
    private static partial Regex ChangePattern();

    [GeneratedRegex(@"(?<dir>增长|增加|下降|减少|上升|降低)(?:了)?\s*(?<num>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"占(?:比)?(?<of>[^%％\d]*?)(?:的|比例为|比重为|比重|比例)?\s*(?<num>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex SharePattern();

    [GeneratedRegex(@"(?<num>\d[\d,]*(?:\.\d+)?)\s*(?<unit>万元|元)(?![/／每]|以上|以下|以内)")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(?<num>\d+)\s*个")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"^(?:项目)?(?:预算)?(?:金额|资金)(?:合计|总额|总计)?$")]
    private static partial Regex GenericAmount();

    [GeneratedRegex(@"^按.{1,12}(?:划分|分)$")]
    private static partial Regex ByMarker();

    [GeneratedRegex(@"\s*(?:为|是|共计|合计为|总计为|安排|预算安排|达)\s*$")]
    private static partial Regex NameTail();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}
