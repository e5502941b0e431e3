using BudgetLens.Readers.Text;
using Field = BudgetLens.Recognition.Sheets.SheetFieldLabels.Field;

namespace BudgetLens.Recognition.Sheets.Labelled;

/// <summary>One label of a label/value line and the value printed after it (up to the next label), possibly blank.</summary>
public sealed record LabelledSegment(Field? Field, string? FundKey, string Label, string Value, Model.MoneyUnit? Unit)
{
    public bool IsFunds => FundKey is not null;
}

/// <summary>
/// Splits a space-separated sheet line into its labels and values:
/// <c>申报单位 X 项目编码 Y</c>, <c>项目名称：X</c>, <c>当年预算（万元) 5.50</c>, <c>上级资金</c> (blank value).
/// A label is a whole token (optionally ending in a colon, or fused with its value by a colon); text before the
/// first label is <see cref="Leading"/> (a wrapped continuation). After a long-text label (项目概况, 绩效目标 …) the
/// rest of the line is its value.
/// </summary>
public sealed class LabelledLine
{
    private LabelledLine(string leading, IReadOnlyList<LabelledSegment> segments)
    {
        Leading = leading;
        Segments = segments;
    }

    public string Leading { get; }
    public IReadOnlyList<LabelledSegment> Segments { get; }
    public bool HasLabels => Segments.Count > 0;

    public static bool IsLongText(Field field) => field is Field.Goal or Field.Overview or Field.Basis or Field.Schedule;

    public static LabelledLine Parse(string raw, SheetFundLabels.SheetKind kind)
    {
        var tokens = Tokens(raw);
        var segments = new List<LabelledSegment>();
        var leading = new List<string>();
        List<string>? value = null;
        (Field? Field, string? Fund, string Label, Model.MoneyUnit? Unit) current = default;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            bool restIsValue = current.Field is Field f && IsLongText(f);
            var label = restIsValue ? null : LabelOf(token, kind);
            if (label is null)
            {
                (value ?? leading).Add(token);
                continue;
            }
            Close();
            current = (label.Value.Field, label.Value.Fund, label.Value.Label, label.Value.Unit);
            value = [];
            if (label.Value.Fused.Length > 0) value.Add(label.Value.Fused);
        }
        Close();
        return new LabelledLine(string.Join(' ', leading), segments);

        void Close()
        {
            if (value is null) return;
            segments.Add(new LabelledSegment(current.Field, current.Fund, current.Label ?? "", string.Join(' ', value), current.Unit));
        }
    }

    /// <summary>The tokens of a line: runs of text between white space (no-break and ideographic spaces included,
    /// as <see cref="char.IsWhiteSpace(char)"/> counts them).</summary>
    public static List<string> Tokens(string raw) => [.. raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    private static (Field? Field, string? Fund, string Label, Model.MoneyUnit? Unit, string Fused)? LabelOf(string token, SheetFundLabels.SheetKind kind)
    {
        var normalized = TextNormalizer.Normalize(token);
        int colon = normalized.IndexOf(':');
        string labelPart = colon > 0 ? token[..colon] : token;
        string fused = colon > 0 ? token[(colon + 1)..] : "";
        if (SheetFieldLabels.Of(labelPart) is Field field) return (field, null, labelPart, null, fused);
        var (_, unit) = SheetFundLabels.Clean(labelPart);
        if (SheetFundLabels.KeyOf(labelPart, kind) is string key) return (null, key, labelPart, unit, fused);
        return null;
    }
}
