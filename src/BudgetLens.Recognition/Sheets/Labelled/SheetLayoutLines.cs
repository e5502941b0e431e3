using System.Text.RegularExpressions;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Sheets.Labelled;

/// <summary>
/// Lines of a label/value sheet that carry no data: section headings (年度绩效指标, 当年绩效指标), a blank notes label
/// (其他说明), a money heading that only declares the unit (总体资金情况（元）), and text printed vertically one
/// character a line (部/门/整/体…).
/// </summary>
public static partial class SheetLayoutLines
{
    [GeneratedRegex(@"^(?:(?:当年|年度|本年)?(?:绩效)?指标|绩效指标|(?:年度|当年)?绩效指标(?:情况)?|部门整体绩效情况)$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?:其他说明|备注|说明)[:]?$")]
    private static partial Regex NotesLabel();

    [GeneratedRegex(@"^\S*资金(?:情况)?\S*[(]\s*(万元|元)\s*[)]$")]
    private static partial Regex MoneyHeading();

    private static string Compact(string line) => TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(line));

    public static bool IsSectionHeading(string line) => SectionHeading().IsMatch(Compact(line));

    public static bool IsNotesLabel(string line) => NotesLabel().IsMatch(Compact(line));

    /// <summary>The unit a money heading such as 总体资金情况（元） declares, or null when the line is not one.</summary>
    public static Model.MoneyUnit? MoneyHeadingUnit(string line)
    {
        var m = MoneyHeading().Match(Compact(line));
        return m.Success ? Model.MoneyUnits.Parse(m.Groups[1].Value) : null;
    }

    /// <summary>Line numbers of runs of three or more consecutive one-character lines (vertical text).</summary>
    public static HashSet<int> VerticalText(IReadOnlyList<SourceLine> lines)
    {
        var result = new HashSet<int>();
        var run = new List<int>();
        foreach (var line in lines)
        {
            if (Compact(line.Raw).Length == 1 && char.IsLetter(Compact(line.Raw)[0])) { run.Add(line.Number); continue; }
            Flush();
        }
        Flush();
        return result;

        void Flush()
        {
            if (run.Count >= 3) result.UnionWith(run);
            run.Clear();
        }
    }
}
