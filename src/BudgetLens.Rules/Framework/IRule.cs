using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>One check of the catalog (rules.md). Each rule is one class with a stable id and its own tests.</summary>
public interface IRule
{
    /// <summary>Stable id (SUM001 …); never reused once retired.</summary>
    string Id { get; }
    string TitleZh { get; }
    string TitleEn { get; }
    Severity Severity { get; }
    /// <summary>What the rule checks, its tolerance, a passing and a failing example.</summary>
    string Description { get; }

    RuleOutcome Check(RuleContext context);
}
