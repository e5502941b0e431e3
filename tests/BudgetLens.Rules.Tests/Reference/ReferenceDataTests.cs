using BudgetLens.Rules.Reference;

namespace BudgetLens.Rules.Tests.Reference;

public sealed class ReferenceDataTests
{
    [Fact]
    public void The_embedded_catalogs_load_with_their_complete_parents()
    {
        Assert.Equal(28, ReferenceData.Catalog(CodeSystem.Function).Count);
        Assert.Equal(72, ReferenceData.Catalog(CodeSystem.EconomicDepartment).Count);
        Assert.Equal(11, ReferenceData.Catalog(CodeSystem.EconomicGovernment).Count);
        Assert.Equal("差旅费", ReferenceData.CatalogOf("30211")!.Find("30211")!.Name);
        Assert.True(ReferenceData.Catalog(CodeSystem.EconomicDepartment).ListsCompletely("302"));
        Assert.False(ReferenceData.Catalog(CodeSystem.EconomicDepartment).ListsCompletely("303"));
        Assert.True(ReferenceData.Catalog(CodeSystem.Function).ListsCompletely("20809"));
        Assert.False(ReferenceData.Catalog(CodeSystem.Function).ListsCompletely("21015"));
        Assert.Equal(12, ReferenceData.IndicatorFramework.Count);
        Assert.All(ReferenceData.Renamings, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Theory]
    [InlineData("2101101", CodeSystem.Function)]
    [InlineData("30223", CodeSystem.EconomicDepartment)]
    [InlineData("50101", CodeSystem.EconomicGovernment)]
    public void Codes_belong_to_a_system_by_their_shape(string code, CodeSystem system) => Assert.Equal(system, CodeCatalog.SystemOf(code));

    [Theory]
    [InlineData("30")]
    [InlineData("3021101")]
    [InlineData("2080")]
    [InlineData("1010101")]
    public void Other_shapes_belong_to_none(string code) => Assert.Null(CodeCatalog.SystemOf(code));
}
