namespace BudgetLens.Model;

/// <summary>An exact amount with its unit, e.g. 62.81 万元.</summary>
public readonly record struct Money(decimal Amount, MoneyUnit Unit)
{
    public Money To(MoneyUnit unit) => unit == Unit ? this : new Money(Amount * Unit.Yuan() / unit.Yuan(), unit);

    public override string ToString() => $"{Amount} {Unit.ToChinese()}";
}
