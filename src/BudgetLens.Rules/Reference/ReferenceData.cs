namespace BudgetLens.Rules.Reference;

/// <summary>A known other name of a catalog code (renamings.csv), accepted up to <see cref="ValidUntil"/> (budget year; null = any year).</summary>
public sealed record Renaming(CodeSystem System, string Code, string Name, string CatalogName, int? ValidUntil, string Source);

/// <summary>One 一级/二级 pair of the performance-indicator framework.</summary>
public sealed record FrameworkLevel(string Level1Code, string Level1, string Level2Code, string Level2);

/// <summary>
/// The reference catalogs embedded from Reference/ (copies of the shared reference data; SOURCES.md there gives the
/// provenance): functional and economic classification, the indicator framework, the parents listed completely and
/// the known renamings.
/// </summary>
public static class ReferenceData
{
    private static readonly Lazy<IReadOnlyDictionary<CodeSystem, CodeCatalog>> Catalogs = new(LoadCatalogs);
    private static readonly Lazy<IReadOnlyList<Renaming>> LoadedRenamings = new(LoadRenamings);
    private static readonly Lazy<IReadOnlyList<FrameworkLevel>> LoadedFramework = new(LoadFramework);

    private static readonly (CodeSystem System, string Key, string File)[] Files =
    [
        (CodeSystem.Function, "function", "function-classification.csv"),
        (CodeSystem.EconomicDepartment, "economic-dept", "economic-classification-dept.csv"),
        (CodeSystem.EconomicGovernment, "economic-gov", "economic-classification-gov.csv"),
    ];

    public static CodeCatalog Catalog(CodeSystem system) => Catalogs.Value[system];

    /// <summary>The catalog a full code belongs to, or null when the code has no known shape.</summary>
    public static CodeCatalog? CatalogOf(string code) => CodeCatalog.SystemOf(code) is { } system ? Catalog(system) : null;

    public static IReadOnlyList<Renaming> Renamings => LoadedRenamings.Value;

    public static IReadOnlyList<FrameworkLevel> IndicatorFramework => LoadedFramework.Value;

    private static CodeSystem SystemNamed(string key) => Files.Single(f => f.Key == key).System;

    private static IReadOnlyDictionary<CodeSystem, CodeCatalog> LoadCatalogs()
    {
        var complete = Csv.ReadResource("complete-parents.csv").Select(r => (System: SystemNamed(r["classification"]), Parent: r["parent"])).ToList();
        return Files.ToDictionary(f => f.System, f => new CodeCatalog(
            f.System,
            Csv.ReadResource(f.File).ToDictionary(r => r["code"], r => new CatalogCode(r["code"], r["name"], r["level"], NullIfEmpty(r["parent_code"]), r["edition"])),
            complete.Where(c => c.System == f.System).Select(c => c.Parent).ToHashSet()));
    }

    private static IReadOnlyList<Renaming> LoadRenamings() =>
    [
        .. Csv.ReadResource("renamings.csv").Select(r => new Renaming(SystemNamed(r["classification"]), r["code"], r["name"], r["catalog_name"],
            NullIfEmpty(r["valid_until"]) is { } year ? int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) : null, r["source"])),
    ];

    private static IReadOnlyList<FrameworkLevel> LoadFramework() =>
        [.. Csv.ReadResource("performance-indicator-framework.csv").Select(r => new FrameworkLevel(r["level1_code"], r["level1"], r["level2_code"], r["level2"]))];

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
