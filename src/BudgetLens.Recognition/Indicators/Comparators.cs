namespace BudgetLens.Recognition.Indicators;

/// <summary>The comparator words and symbols of target values, and what each means.</summary>
internal static class Comparators
{
    public const string AtLeast = "≥";
    public const string AtMost = "≤";
    public const string Greater = ">";
    public const string Less = "<";
    public const string Equal = "=";
    public const string About = "≈";
    public const string Range = "range";
    public const string Qualitative = "定性";

    /// <summary>Printed before the number; longest first so that 不少于 wins over 少于.</summary>
    public static readonly (string Word, string Comparator)[] Before =
    [
        ("大于等于", AtLeast), ("小于等于", AtMost), ("不少于", AtLeast), ("不低于", AtLeast), ("不小于", AtLeast), ("不超过", AtMost),
        ("不高于", AtMost), ("不大于", AtMost), ("不多于", AtMost), ("至少", AtLeast), ("达到", AtLeast), ("大于", Greater), ("超过", Greater),
        ("高于", Greater), ("低于", Less), ("少于", Less), ("小于", Less), ("≥", AtLeast), (">=", AtLeast), ("≤", AtMost), ("<=", AtMost),
        (">", Greater), ("<", Less), ("=", Equal), ("≈", About), ("约", About), ("达", AtLeast), (Qualitative, Qualitative),
    ];

    /// <summary>Printed after the number and its unit.</summary>
    public static readonly (string Word, string Comparator)[] After =
    [
        ("以上", AtLeast), ("以下", AtMost), ("以内", AtMost), ("左右", About), ("内", AtMost),
    ];

    /// <summary>
    /// Explicit comparison words that give the comparator of a target printed without a number (支出不超过预算 → ≤,
    /// 低于全国平均水平 → &lt;; the lead's decision on the contract's "Not quantities" rule). Longest first, so that
    /// 不超过 wins over 超过 and 不少于 over 少于; where several occur, the earliest in the text wins.
    /// </summary>
    public static readonly (string Word, string Comparator)[] Standalone =
    [
        ("不少于", AtLeast), ("不低于", AtLeast), ("不超过", AtMost), ("不高于", AtMost), ("大于", Greater), ("超过", Greater),
        ("高于", Greater), ("低于", Less), ("少于", Less), ("至少", AtLeast), ("达到", AtLeast), ("≥", AtLeast), ("≤", AtMost),
        (">", Greater), ("<", Less), ("=", Equal), (Qualitative, Qualitative),
    ];

    /// <summary>Units of time after which 内 means "within" (1个月内完成…, 15个工作日内).</summary>
    public static readonly string[] DurationUnits = ["工作日", "小时", "分钟", "季度", "日", "天", "月", "年", "周", "秒", "旬"];
}
