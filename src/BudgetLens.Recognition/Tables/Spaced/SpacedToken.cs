using System.Text.RegularExpressions;
using BudgetLens.Recognition.Common;

namespace BudgetLens.Recognition.Tables.Spaced;

/// <summary>
/// One space-separated piece of a converted line: an amount or a piece of a label. A number glued to the label after
/// it (<c>1,028.96一般公共服务支出</c>) gives two tokens.
/// </summary>
public sealed partial record SpacedToken(string Text, decimal? Amount)
{
    public bool IsAmount => Amount is not null;

    /// <summary>A dash or slash printed in an empty cell: the cell's position survives.</summary>
    public bool IsBlankCell => Amount is null && Text is "-" or "－" or "—" or "--" or "——" or "/" or "／";

    /// <summary>An amount or a printed blank: a cell of the amount columns.</summary>
    public bool IsCell => IsAmount || IsBlankCell;

    [GeneratedRegex(@"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)([^\d.,%].*)$")]
    private static partial Regex GluedAmount();

    public static List<SpacedToken> Split(string raw)
    {
        var tokens = new List<SpacedToken>();
        // a null separator splits at every white space, no-break and ideographic spaces included
        foreach (var p in raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            {
                if (AmountParser.TryParse(p, out var v)) { tokens.Add(new SpacedToken(p, v)); continue; }
                var m = GluedAmount().Match(p);
                if (m.Success && AmountParser.TryParse(m.Groups[1].Value, out var g))
                {
                    tokens.Add(new SpacedToken(m.Groups[1].Value, g));
                    tokens.Add(new SpacedToken(m.Groups[2].Value, null));
                }
                else tokens.Add(new SpacedToken(p, null));
            }
        }
        return tokens;
    }
}
