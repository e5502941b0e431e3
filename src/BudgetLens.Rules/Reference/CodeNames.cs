using System.Text;

namespace BudgetLens.Rules.Reference;

/// <summary>
/// When a printed code name is "the same" as another: equal after folding full-width forms, removing spaces and
/// punctuation (维修(护)费 = 维修（护）费), or a known renaming (renamings.csv: 国内差旅费 ≈ 差旅费 for 30211).
/// </summary>
public static class CodeNames
{
    /// <summary>The name folded for comparison: full-width ASCII to ASCII, no white space, no punctuation or symbols.</summary>
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var raw in name)
        {
            char c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The renaming that makes <paramref name="printed"/> another name of the catalog's <paramref name="code"/>, whatever the year.</summary>
    public static Renaming? RenamingOf(CodeSystem system, string code, string printed)
    {
        var key = Normalize(printed);
        return ReferenceData.Renamings.FirstOrDefault(r => r.System == system && r.Code == code && Normalize(r.Name) == key);
    }

    /// <summary>
    /// The name a printed name stands for: the catalog name where a known renaming maps it there, else the printed name;
    /// normalised. Two printed names of one code with the same canonical form are one name.
    /// </summary>
    public static string Canonical(CodeSystem system, string code, string printed) =>
        RenamingOf(system, code, printed) is { } renaming ? Normalize(renaming.CatalogName) : Normalize(printed);
}
