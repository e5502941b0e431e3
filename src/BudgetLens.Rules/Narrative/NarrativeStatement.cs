using System.Globalization;
using BudgetLens.Model;

namespace BudgetLens.Rules.Narrative;

/// <summary>A number printed in the narrative, exactly as printed (the decimal keeps its scale), and where.</summary>
public sealed record StatedNumber(decimal Value, string Printed, MoneyUnit? Unit, SourceLocation Location)
{
    /// <summary>The value in yuan (money) or as printed (counts, rates).</summary>
    public decimal InYuan => Unit is MoneyUnit u ? Value * u.Yuan() : Value;

    /// <summary>Half a unit of the last printed digit, in yuan for money.</summary>
    public decimal HalfUnitInYuan => Framework.Tolerance.HalfUnit(Value) * (Unit?.Yuan() ?? 1m);

    public string Show => Value.ToString(CultureInfo.InvariantCulture) + (Unit is MoneyUnit u ? " " + u.ToChinese() : "");
}

public enum NarrativeScope
{
    /// <summary>All the department's money (部门收支).</summary>
    All,
    /// <summary>Fiscal money (财政拨款).</summary>
    Fiscal,
}

/// <summary>
/// One item the narrative states: what it names (as printed and as a concept such as <c>basic</c> or
/// <c>func:卫生健康支出</c>, see <see cref="NarrativeConcepts"/>), its scope, its amount or count, its change from last
/// year (signed: 减少 is negative) with the rate and base year, a share, and the breakdowns that list its parts
/// ("其中：…", "按支出功能科目划分：…").
/// </summary>
public sealed class NarrativeStatement
{
    public required string Name { get; init; }
    public required string? Concept { get; init; }
    public required NarrativeScope Scope { get; init; }
    public required Section Section { get; init; }
    public StatedNumber? Amount { get; set; }
    public StatedNumber? Count { get; set; }
    /// <summary>The change from the base year, signed (较上年减少 14162.7 万元 → −14162.7); Printed keeps the printed figure.</summary>
    public StatedNumber? Change { get; set; }
    /// <summary>The year the change is measured from when printed as a year ("比 2022 年预算增加"); null for 上年.</summary>
    public int? ChangeBaseYear { get; set; }
    /// <summary>The rate of the change in percent, signed.</summary>
    public StatedNumber? Rate { get; set; }
    /// <summary>A share in percent (占…的 x%) and what it is a share of, as printed (may be empty).</summary>
    public StatedNumber? Share { get; set; }
    public string? ShareOf { get; set; }
    public NarrativeStatement? Parent { get; set; }
    public List<NarrativeBreakdown> Breakdowns { get; } = [];

    /// <summary>Where the statement is printed: its amount, else its count, else its first number.</summary>
    public SourceLocation Location => (Amount ?? Count ?? Change ?? Rate ?? Share)!.Location;

    public override string ToString() => $"{Name} [{Concept}/{Scope}] {Amount?.Show}{(Count is null ? "" : $" {Count.Value}个")}{(Change is null ? "" : $" Δ{Change.Value}")}";
}

/// <summary>The parts of a statement as one list ("其中：…" or "按…划分：…"). Uncertain when an item in it could not be classified.</summary>
public sealed class NarrativeBreakdown(NarrativeStatement owner, string label)
{
    public NarrativeStatement Owner { get; } = owner;
    public string Label { get; } = label;
    public List<NarrativeStatement> Items { get; } = [];
    public bool Uncertain { get; set; }
}
