using BudgetLens.Model;
using BudgetLens.Model.Json;
using BudgetLens.TestSupport;

namespace BudgetLens.Recognition.Tests;

/// <summary>The hand-written JSON walk gives the reflection serializer's bytes, on every seed and on a model with every field set.</summary>
public sealed class DocumentJsonWriterTests
{
    [SkippableTheory]
    [MemberData(nameof(SeedExtraction.Seeds), MemberType = typeof(SeedExtraction))]
    public void Walk_equals_serializer_on_seed(string seed)
    {
        SharedData.Require();
        var document = SeedExtraction.Of(seed);
        Assert.Equal(DocumentJson.SerializeWithOptions(document), DocumentJson.Serialize(document));
    }

    [Fact]
    public void Walk_equals_serializer_with_every_field_set()
    {
        var at = new SourceLocation { Line = 1, EndLine = 2, Page = 3, Box = [1.5m, 2m, 300.25m, 4m], Sheet = "表\"1", Cell = "B2" };
        var document = new BudgetDocument
        {
            Source = new SourceInfo("a<b>&.pdf", null, SourceFormats.Pdf) { Encoding = "GB18030" },
            Issuer = "某单位",
            Year = 2024,
            Toc = [new TocEntry("一、概况", 1, at)],
            Sections = [new Section("概况", 1, "第一段\n第二段\t\"引号\"", at) { ParagraphLocations = [at, SourceLocation.AtLine(5)] }, new Section("空", 2, null, new())],
            Tables =
            [
                new Table
                {
                    Kind = "k", Title = "t", Unit = MoneyUnit.TenThousandYuan, Issuer = null, Location = at, Empty = false,
                    Rows =
                    [
                        new TableRow
                        {
                            Side = RowSides.Income, Code = "201", UnitCode = "001", Name = "n", Level = 2, Role = RowRoles.Total, Project = "p",
                            EconomicItem = "e", Item = "i", Method = "m", Group = "g",
                            Values = new Dictionary<string, decimal?> { ["total"] = 1.10m, ["basic"] = null, ["键"] = -0.5m },
                            Location = at, ValueLocations = new Dictionary<string, SourceLocation> { ["total"] = at },
                        },
                        new TableRow(),
                    ],
                },
                new Table { Kind = "empty", Empty = true, Unit = MoneyUnit.Yuan },
            ],
            Projects =
            [
                new TargetSheet
                {
                    Name = "n", Code = "c", Category = "cat", Department = "d", Implementer = "i", Unit = MoneyUnit.Yuan,
                    Funds = new Dictionary<string, decimal?> { ["total"] = 100m, ["fiscal"] = null },
                    FundsLocations = new Dictionary<string, SourceLocation> { ["total"] = at },
                    Goal = "g", Overview = "o", Basis = "b", Schedule = "s", Contact = "c", Phone = "p",
                    Indicators =
                    [
                        new Indicator
                        {
                            Level1 = "产出指标", Level2 = "数量指标", Level1Raw = "产出", Level2Raw = "数量", Name = "n", Comparator = "≥",
                            Value = 95m, ValueMax = 100.00m, Unit = "%", Text = "≥95%", PeriodText = "p", Weight = 10m, Note = "x", Scoring = "s",
                            Location = at,
                        },
                        new Indicator(),
                    ],
                    Location = at,
                },
            ],
            DepartmentTargets = [new TargetSheet()],
            Diagnostics =
            [
                new Diagnostic("X1", Severity.Info, "m", null),
                new Diagnostic("X2", Severity.Warning, "m", at, "t"),
                new Diagnostic("X3", Severity.Error, "m\u0001", at),
            ],
        };
        Assert.Equal(DocumentJson.SerializeWithOptions(document), DocumentJson.Serialize(document));
        var empty = new BudgetDocument { Source = new SourceInfo("f", "h", SourceFormats.Text) };
        Assert.Equal(DocumentJson.SerializeWithOptions(empty), DocumentJson.Serialize(empty));
    }
}
