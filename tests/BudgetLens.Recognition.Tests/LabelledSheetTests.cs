using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Sheets;
using BudgetLens.Recognition.Sheets.Labelled;

namespace BudgetLens.Recognition.Tests;

/// <summary>Space-separated label/value target sheets (PDF-to-text): fields, money, wrapped indicator rows.</summary>
public sealed class LabelledSheetTests
{
    private static BudgetDocument Extract(string text) =>
        new DocumentExtractor([new LabelledSheetRecognizer()]).Extract(TextSource.FromString("t.txt", text));

    private static void NoUnrecognised(BudgetDocument doc) =>
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0001");

    private const string TwoProjects = """
        2023年财政资金项目支出绩效目标表
        单位：万元

        申报单位 某某区政务服务管理办公室 项目编码 50011023T000003175737

        项目名称 2023年运转性项目-人员补丁

        项目类型 一般性项目 联系人 张三 联系电话 02348602771

        当年预算（万元) 5.50

        上级资金

        本级资金 5.50

        其他资金

        项目概况 2023年运转性项目-人员补丁

        立项依据 《某某办法》政府令第 335 号

        当年实施进度计划

        当年整体绩效目标
        为保障运行，助推行政审批工作提速增效，持续优化营商环境，推动现
        代化。

        当年绩效指标

        一级指标 二级指标 三级指标  指标性质 指标值 度量单位 权重

        效益指标 社会效益指标 政策知晓率 ≥ 95 % 10

        满意度指标
        服务对象满意
        度指标

        群众满意度 ≥ 98 % 10

        产出指标 数量指标 单位数量 ＝ 1
        个（台、
        套、件、

        辆）
        10

        效益指标 社会效益指标 办事效率 定性 98 % 20


        单位：万元

        申报单位 某某区政务服务管理办公室 项目编码 50011023T000003176409

        项目名称 第二个项目

        当年预算（万元) 10.00

        本级资金 10.00

        当年整体绩效目标 保障办事大厅运行，满意度达到98%。

        一级指标 二级指标 三级指标  指标性质 指标值 度量单位 权重

        成本指标 经济成本指标 物管费用单价 ＝ 4 元/平方
        米

        20
        """;

    [Fact]
    public void Reads_project_sheets_split_at_unit_lines()
    {
        var doc = Extract(TwoProjects);
        NoUnrecognised(doc);
        Assert.Equal(2, doc.Projects.Count);
        var p = doc.Projects[0];
        Assert.Equal("2023年运转性项目-人员补丁", p.Name);
        Assert.Equal("50011023T000003175737", p.Code);
        Assert.Equal("一般性项目", p.Category);
        Assert.Equal("某某区政务服务管理办公室", p.Implementer);
        Assert.Null(p.Department);
        Assert.Equal("张三", p.Contact);
        Assert.Equal("02348602771", p.Phone);
        Assert.Equal(MoneyUnit.TenThousandYuan, p.Unit);
        Assert.Equal(5.50m, p.Funds["total"]);
        Assert.Equal(5.50m, p.Funds["local"]);
        Assert.Null(p.Funds["superior"]);
        Assert.Null(p.Funds["other"]);
        Assert.False(p.Funds.ContainsKey("fiscal"));
        Assert.Equal("《某某办法》政府令第 335 号", p.Basis);
        Assert.Null(p.Schedule);
        Assert.Equal("为保障运行，助推行政审批工作提速增效，持续优化营商环境，推动现代化。", p.Goal);
        Assert.Equal(1, p.Location.Line);
        Assert.Equal(4, p.Indicators.Count);

        var satisfaction = p.Indicators[1];
        Assert.Equal("满意度指标", satisfaction.Level1);
        Assert.Equal("服务对象满意度指标", satisfaction.Level2);
        Assert.Equal("群众满意度", satisfaction.Name);
        Assert.Equal("≥ 98 %", satisfaction.Text);

        var wrapped = p.Indicators[2];
        Assert.Equal("个（台、套、件、辆）", wrapped.Unit);
        Assert.Equal("＝ 1 个（台、套、件、辆）", wrapped.Text);
        Assert.Equal(10m, wrapped.Weight);
        Assert.Equal(wrapped.Location.Line + 5, wrapped.Location.EndLine);

        Assert.Equal("定性", p.Indicators[3].Comparator);
        Assert.Equal(98m, p.Indicators[3].Value);

        var second = doc.Projects[1];
        Assert.Equal("第二个项目", second.Name);
        Assert.Equal("保障办事大厅运行，满意度达到98%。", second.Goal);
        var cost = Assert.Single(second.Indicators);
        Assert.Equal("元/平方米", cost.Unit);
        Assert.Equal(20m, cost.Weight);
        Assert.Equal(p.Location.EndLine + 3, second.Location.Line);
    }

    [Fact]
    public void Reads_labels_with_colons_in_another_order_and_values_on_the_next_line()
    {
        var doc = Extract("""
            项目支出绩效目标表
            项目名称：城乡居民基本医疗保险 主管部门：某州医疗保障局
            实施单位：某州医疗保障局
            年度资金总额： 120.5 财政拨款：100.5 其他资金：20
            年度总体目标：
            解决人民群众的医疗保障问题，
            提高待遇。
            一级指标 二级指标 三级指标 指标值 权重
            产出指标 数量指标 参保人数 ≥341万人 30
            质量指标 报销比例 ≥70% 20
            """);
        NoUnrecognised(doc);
        var p = Assert.Single(doc.Projects);
        Assert.Equal("城乡居民基本医疗保险", p.Name);
        Assert.Equal("某州医疗保障局", p.Department);
        Assert.Equal("某州医疗保障局", p.Implementer);
        Assert.Equal(120.5m, p.Funds["total"]);
        Assert.Equal(100.5m, p.Funds["fiscal"]);
        Assert.Equal(20m, p.Funds["other"]);
        Assert.Equal("解决人民群众的医疗保障问题，提高待遇。", p.Goal);
        Assert.Equal(2, p.Indicators.Count);
        Assert.Equal(341m, p.Indicators[0].Value);
        Assert.Equal("万人", p.Indicators[0].Unit);
        Assert.Equal(30m, p.Indicators[0].Weight);
        Assert.Equal("产出指标", p.Indicators[1].Level1);
        Assert.Equal("质量指标", p.Indicators[1].Level2);
        Assert.Equal("报销比例", p.Indicators[1].Name);
    }

    [Fact]
    public void Reads_department_sheet_with_money_grid_placed_by_arithmetic()
    {
        var doc = Extract("""
            2023年部门（单位）整体支出绩效目标表
            预算部门 某某区政务服务管理办公室

            总体资金情况（元）
            预算支出总额

            基本支出 项目支出

            合计 财政拨款 专户资金 单位资金 合计 财政拨款 专户资金 单位资金

            300.00  100.00  100.00  200.00  150.00  50.00

            部
            门
            整
            体

            整体绩效目标

            办事更便利、更高效，
            建设人民满意的服务型政府。

            年度绩效指标

            一级指标 二级指标  三级指标 绩效指标性质 绩效指标值 绩效度量单位 权重

            产出指标 数量指标 办事指南准确度 ＝ 100 % 20

            其他说明
            """);
        NoUnrecognised(doc);
        var d = Assert.Single(doc.DepartmentTargets);
        Assert.Equal("某某区政务服务管理办公室", d.Name);
        Assert.Equal("某某区政务服务管理办公室", d.Department);
        Assert.Equal(MoneyUnit.Yuan, d.Unit);
        Assert.Equal(300m, d.Funds["expenditureTotal"]);
        Assert.Equal(100m, d.Funds["basic"]);
        Assert.Equal(100m, d.Funds["basicFiscal"]);
        Assert.Equal(200m, d.Funds["project"]);
        Assert.Equal(150m, d.Funds["projectFiscal"]);
        Assert.Equal(5, d.Funds.Count);
        Assert.Equal("办事更便利、更高效，建设人民满意的服务型政府。", d.Goal);
        var i = Assert.Single(d.Indicators);
        Assert.Equal("=", i.Comparator);
        Assert.Equal("＝ 100 %", i.Text);
        Assert.Equal(27, d.Location.EndLine);
    }

    [Fact]
    public void Column_placer_uses_sums_then_header_order()
    {
        // total | basic: 合计 财政拨款 单位资金 | project: 合计 财政拨款 单位资金
        var relations = new[] { (1, new[] { 2, 3 }), (4, new[] { 5, 6 }), (0, new[] { 1, 4 }) };
        var placement = ColumnPlacer.Place([30m, 10m, 10m, 20m, 5m, 15m], 7, relations);
        Assert.True(placement.ByArithmetic);
        Assert.Equal([0, 1, 2, 4, 5, 6], placement.Columns);
        var none = ColumnPlacer.Place([30m, 1m], 7, relations);
        Assert.False(none.ByArithmetic);
        Assert.Equal([0, 1], none.Columns);
    }

    [Theory]
    [InlineData("申报单位 某单位 项目编码 123", 2)]
    [InlineData("项目名称：某项目", 1)]
    [InlineData("当年预算（万元) 5.50", 1)]
    [InlineData("上级资金", 1)]
    [InlineData("为保障运行，助推行政审批工作", 0)]
    public void Splits_a_line_into_labels_and_values(string line, int segments) =>
        Assert.Equal(segments, LabelledLine.Parse(line, SheetFundLabels.SheetKind.Project).Segments.Count);

    [Fact]
    public void Fund_labels_map_to_contract_keys()
    {
        Assert.Equal("total", SheetFundLabels.KeyOf("当年预算（万元)", SheetFundLabels.SheetKind.Project));
        Assert.Equal(MoneyUnit.TenThousandYuan, SheetFundLabels.Clean("当年预算（万元)").Unit);
        Assert.Equal("superior", SheetFundLabels.KeyOf("上级资金：", SheetFundLabels.SheetKind.Project));
        Assert.Equal("nonFiscal", SheetFundLabels.KeyOf("其他经费", SheetFundLabels.SheetKind.Department));
        Assert.Equal("expenditureTotal", SheetFundLabels.KeyOf("预算支出总额", SheetFundLabels.SheetKind.Department));
        Assert.Equal("basicFiscal", SheetFundLabels.KeyOfPart("basic", "财政拨款"));
        Assert.Null(SheetFundLabels.KeyOfPart("basic", "专户资金"));
    }

    [Fact]
    public void Assembler_keeps_the_first_of_a_field_printed_twice()
    {
        var a = new SheetAssembler(SheetFundLabels.SheetKind.Project, 1);
        a.Begin(SheetFieldLabels.Field.Category, "特定目标类", 2);
        a.Begin(SheetFieldLabels.Field.Category, "其他类", 3);
        a.Continue(SheetFieldLabels.Field.Category, "续", 4);
        Assert.Equal("特定目标类", a.Build().Category);
        Assert.Single(a.Diagnostics);
    }

    [Fact]
    public void Reads_a_value_printed_on_the_lines_after_its_label()
    {
        var doc = Extract("""
            项目支出绩效目标表
            项目名称
            某某区政务大厅管理保障
            服务经费
            年度资金总额
            216.77
            一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重
            产出指标 时效指标 故障响应时间 ＜ 0.5 天 10
            """);
        NoUnrecognised(doc);
        var p = Assert.Single(doc.Projects);
        Assert.Equal("某某区政务大厅管理保障服务经费", p.Name);
        Assert.Equal(216.77m, p.Funds["total"]);
        Assert.Equal("<", p.Indicators[0].Comparator);
        Assert.Equal(10m, p.Indicators[0].Weight);
    }
}
