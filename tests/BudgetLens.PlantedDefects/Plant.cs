namespace BudgetLens.PlantedDefects;

/// <summary>One planted defect: a printed number on a line changed to another, and the rule family meant to find it.</summary>
public sealed record Plant(string Family, string What, int Line, string Printed, string Replacement)
{
    /// <summary>Where on the line the printed number starts (a line may print the same number twice: 54.36 54.36).</summary>
    public int Offset { get; init; }
}

/// <summary>A plant and whether the intended family reported a location covering the changed number.</summary>
public sealed record PlantResult(Plant Plant, bool Detected, IReadOnlyList<string> RulesThatFired);
