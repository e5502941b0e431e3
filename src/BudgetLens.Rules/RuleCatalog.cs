using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules;

/// <summary>Every rule of the catalog, in id order.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<IRule> All { get; } = Discover();

    /// <summary>Each rule is a sealed class implementing <see cref="IRule"/> with a parameterless constructor in this assembly.</summary>
    private static List<IRule> Discover() =>
        typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
}
