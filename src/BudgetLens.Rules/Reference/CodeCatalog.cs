namespace BudgetLens.Rules.Reference;

/// <summary>The classification a code belongs to.</summary>
public enum CodeSystem
{
    /// <summary>支出功能分类 (2xx, 3/5/7 digits).</summary>
    Function,
    /// <summary>部门预算支出经济分类 (3xx, 3/5 digits).</summary>
    EconomicDepartment,
    /// <summary>政府预算支出经济分类 (5xx, 3/5 digits).</summary>
    EconomicGovernment,
}

/// <summary>One code of a catalog as the reference lists it.</summary>
public sealed record CatalogCode(string Code, string Name, string Level, string? Parent, string Edition);

/// <summary>
/// One classification catalog. PARTIAL: a code it lacks is unknown only under a parent it lists completely
/// (<see cref="ListsCompletely"/>, from SOURCES.md "Parents listed completely").
/// </summary>
public sealed class CodeCatalog(CodeSystem system, IReadOnlyDictionary<string, CatalogCode> codes, IReadOnlySet<string> completeParents)
{
    public CodeSystem System { get; } = system;
    public int Count => codes.Count;

    public string NameZh => System switch
    {
        CodeSystem.Function => "支出功能分类",
        CodeSystem.EconomicDepartment => "部门预算支出经济分类",
        _ => "政府预算支出经济分类",
    };

    public string NameEn => System switch
    {
        CodeSystem.Function => "functional classification",
        CodeSystem.EconomicDepartment => "departmental economic classification",
        _ => "government economic classification",
    };

    public CatalogCode? Find(string code) => codes.GetValueOrDefault(code);

    /// <summary>True when the catalog lists every child of <paramref name="parent"/>, so a child it lacks is unknown.</summary>
    public bool ListsCompletely(string parent) => completeParents.Contains(parent);

    /// <summary>The parent code (one level up: two digits fewer), or null for a 类.</summary>
    public static string? ParentOf(string code) => code.Length > 3 ? code[..^2] : null;

    /// <summary>The system a full code belongs to by its shape: 2xx function (3/5/7 digits), 3xx and 5xx economic (3/5 digits); else null.</summary>
    public static CodeSystem? SystemOf(string code)
    {
        if (code.Length is not (3 or 5 or 7) || !code.All(char.IsAsciiDigit)) return null;
        return code[0] switch
        {
            '2' => CodeSystem.Function,
            '3' when code.Length < 7 => CodeSystem.EconomicDepartment,
            '5' when code.Length < 7 => CodeSystem.EconomicGovernment,
            _ => null,
        };
    }
}
