using System.CommandLine;
using System.Text;
using BudgetLens.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var root = new RootCommand("BudgetLens：把政府部门预算/决算公开文件提取为可核验的数据。 / BudgetLens: turns Chinese government budget disclosures into verified data.")
{
    ExtractCommand.Create(),
    CheckCommand.Create(),
    RulesCommand.Create(),
};
var result = root.Parse(args);
if (result.Errors.Count > 0)
{
    foreach (var error in result.Errors) Console.Error.WriteLine($"budgetlens: {error.Message}");
    Console.Error.WriteLine("budgetlens --help 查看用法 / see budgetlens --help");
    return ExitCodes.Usage;
}
return result.Invoke();
