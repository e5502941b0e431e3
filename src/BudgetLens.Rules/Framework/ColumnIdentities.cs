namespace BudgetLens.Rules.Framework;

/// <summary>
/// The column identities of each table kind (rules.md SUM002): a total column and the alternatives for its parts,
/// where a subtotal column stands instead of its own parts (fiscal instead of generalBudget + governmentFund + stateCapital).
/// </summary>
public static class ColumnIdentities
{
    /// <summary>One identity: total = Σ terms, each term a subtotal key or, when that is not printed, its parts.</summary>
    public sealed record Identity(string Total, IReadOnlyList<Term> Terms);

    public sealed record Term(string Key, IReadOnlyList<string> Parts)
    {
        public static implicit operator Term(string key) => new(key, []);
    }

    private static Term Either(string key, params string[] parts) => new(key, parts);

    private static readonly Identity Expenditure = new("total", ["basic", "project", "remitToSuperior", "businessOperation", "subsidyToSubordinate", "reserve", "carryForward"]);
    private static readonly Identity Basic = new("total", ["personnel", "publicUse"]);

    public static IReadOnlyList<Identity> Of(string kind) => kind switch
    {
        "expenditure-summary" or "fiscal-allocation-expenditure" or "general-budget-expenditure" or "government-fund-expenditure" or "state-capital-expenditure" => [Expenditure],
        "general-budget-basic-expenditure" or "fiscal-allocation-basic-expenditure" => [Basic],
        "income-summary" =>
        [
            new("total", ["carryover", Either("fiscal", "generalBudget", "governmentFund", "stateCapital"), Either("businessIncome", "educationFees", "nonEducationFees"),
                "operatingIncome", "superiorSubsidy", "affiliatedRemittance", "otherIncome", "fundMakeup"]),
        ],
        "three-public-expenses" =>
        [
            new("total", ["overseasTravel", Either("vehicleTotal", "vehiclePurchase", "vehicleOperation"), "reception", "meeting", "training"]),
            new("threePublicSubtotal", ["overseasTravel", Either("vehicleTotal", "vehiclePurchase", "vehicleOperation"), "reception"]),
            new("vehicleTotal", ["vehiclePurchase", "vehicleOperation"]),
        ],
        "project-summary" => [new("total", ["fiscal", "fiscalSpecialAccount", "other"])],
        _ => [],
    };

    /// <summary>The keys that stand for the terms in a row that prints <paramref name="printed"/>; empty when a term cannot be resolved.</summary>
    public static IReadOnlyList<string> Resolve(Identity identity, IReadOnlySet<string> printed)
    {
        var keys = new List<string>();
        foreach (var term in identity.Terms)
        {
            if (printed.Contains(term.Key)) keys.Add(term.Key);
            else keys.AddRange(term.Parts.Where(printed.Contains));
        }
        // total = threePublicSubtotal + meeting + training where the "三公" subtotal stands beside 会议费/培训费
        if (identity.Total == "total" && printed.Contains("threePublicSubtotal"))
            keys = ["threePublicSubtotal", .. keys.Where(k => k is "meeting" or "training")];
        return keys;
    }
}
