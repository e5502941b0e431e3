using BudgetLens.Model;

namespace BudgetLens.Readers;

/// <summary>What a reader got from a file: the content, or the fatal diagnostic that says why there is none.</summary>
public sealed class ReadOutcome<T> where T : class
{
    private ReadOutcome(T? value, Diagnostic? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }
    public Diagnostic? Failure { get; }
    public bool Succeeded => Value is not null;

    public static ReadOutcome<T> Ok(T value) => new(value, null);
    public static ReadOutcome<T> Fail(Diagnostic failure) => new(null, failure);
}
