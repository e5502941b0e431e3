using System.CommandLine;
using BudgetLens.Model;
using BudgetLens.Rules;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Reports;
using Spectre.Console;

namespace BudgetLens.Cli;

/// <summary><c>budgetlens check FILE|DIR... [--format text|json|sarif] [--out FILE] [--fail-on …] [--rules …] [--lang zh|en]</c>.</summary>
internal static class CheckCommand
{
    public sealed record Settings(string[] Inputs, string Format, FileInfo? Out, FailOn FailOn, string? Rules, bool English, bool Interactive)
    {
        /// <summary>Check the inputs as one set: corpus rules (CODE004) and a narrative with its separate table book (DOC002).</summary>
        public bool Corpus { get; init; }
    }

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "要检查的文件或目录（文本文件，或 extract 生成的 .json） / files or directories to check (text, or document JSON from extract)",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "报告格式 / report format: text | json | sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "把报告写入文件（默认标准输出） / write the report to FILE (default stdout)" };
        var failOn = new Option<string>("--fail-on") { Description = "达到该级别的发现时退出码为 1 / exit 1 when a finding reaches: error | warning | info | never", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
        var rules = new Option<string?>("--rules") { Description = "只运行这些规则（逗号分隔，可用前缀*）/ run only these rules, e.g. SUM*,PT005" };
        var lang = new Option<string>("--lang") { Description = "报告语言 / report language: zh | en", DefaultValueFactory = _ => "zh" };
        var corpus = new Option<bool>("--corpus")
        {
            Description = "把所有输入作为一组检查：跨文档规则（CODE004 同一科目多种名称）与说明/附表成对检查（DOC002） / check the inputs as one set: cross-document rules and narrative + table-book pairs",
        };
        lang.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("check", "检查预算公开文件：表内与表间勾稽、科目编码、完整性、说明与表格、绩效目标质量 / check disclosures against the rule catalog")
        {
            inputs, format, output, failOn, rules, lang, corpus,
        };
        command.SetAction(parse => Run(
            new Settings(parse.GetValue(inputs)!, parse.GetValue(format)!, parse.GetValue(output), Enum.Parse<FailOn>(parse.GetValue(failOn)!, ignoreCase: true),
                parse.GetValue(rules), parse.GetValue(lang) == "en", !Console.IsErrorRedirected) { Corpus = parse.GetValue(corpus) },
            Console.Out, Console.Error));
        return command;
    }

    public static int Run(Settings settings, TextWriter stdout, TextWriter stderr)
    {
        var selection = new RuleSelection(settings.Rules);
        var unmatched = selection.Unmatched(RuleCatalog.All.Select(r => r.Id)).ToList();
        if (unmatched.Count > 0)
        {
            stderr.WriteLine($"budgetlens: 没有这些规则 / no such rules: {string.Join(", ", unmatched)}");
            return ExitCodes.Usage;
        }
        var files = InputFiles.Expand(settings.Inputs);
        if (files.Count == 0)
        {
            stderr.WriteLine("budgetlens: 没有找到输入文件 / no input files found");
            return ExitCodes.Unreadable;
        }
        var checker = new Checker(RuleCatalog.All, selection);
        var results = CheckAll(files, checker, settings.Interactive && files.Count > 1, settings.Corpus);
        foreach (var r in results.Where(r => r.Report.ReadError is not null))
            stderr.WriteLine($"budgetlens: {r.Path}: {r.Report.ReadError}");
        Write(settings, results, checker, stdout);
        if (results.Any(r => r.Report.ReadError is not null)) return ExitCodes.Unreadable;
        bool failed = results.SelectMany(r => r.Report.Findings).Any(f => settings.FailOn.Reached(f.Severity));
        return failed ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>Reads every input, then checks each (against the others too with <paramref name="asCorpus"/>), in parallel.</summary>
    private static CheckedDocument[] CheckAll(IReadOnlyList<InputFiles.Input> files, Checker checker, bool showProgress, bool asCorpus)
    {
        var loaded = new DocumentLoader.Loaded[files.Count];
        var results = new CheckedDocument[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        IReadOnlyList<Model.BudgetDocument> corpus = [];
        void Load(int i) => loaded[i] = files[i].Error is string error ? new DocumentLoader.Loaded(null, null, error) : DocumentLoader.Load(files[i].Path);
        void Check(int i) => results[i] = loaded[i].Document is null
            ? Unreadable(files[i].Path, loaded[i].Error!)
            : new CheckedDocument(files[i].Path, checker.Check(loaded[i].Document!, asCorpus ? corpus : null), loaded[i].Text);
        if (!showProgress)
        {
            Parallel.For(0, files.Count, parallel, Load);
            corpus = loaded.Select(l => l.Document).Where(d => d is not null).Cast<Model.BudgetDocument>().ToList();
            Parallel.For(0, files.Count, parallel, Check);
            return results;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Start(ctx =>
        {
            var reading = ctx.AddTask("读取 / reading", maxValue: files.Count);
            var checking = ctx.AddTask("检查 / checking", maxValue: files.Count);
            Parallel.For(0, files.Count, parallel, i => { Load(i); reading.Increment(1); });
            corpus = loaded.Select(l => l.Document).Where(d => d is not null).Cast<Model.BudgetDocument>().ToList();
            Parallel.For(0, files.Count, parallel, i => { Check(i); checking.Increment(1); });
        });
        return results;
    }

    private static CheckedDocument Unreadable(string path, string error) =>
        new(path, new DocumentReport(new SourceInfo(Path.GetFileName(path), null, SourceFormats.Text), [], []) { ReadError = error }, null);

    private static void Write(Settings settings, IReadOnlyList<CheckedDocument> results, Checker checker, TextWriter stdout)
    {
        using var file = settings.Out is null ? null : new StreamWriter(settings.Out.FullName, false, new System.Text.UTF8Encoding(false));
        var writer = (TextWriter?)file ?? stdout;
        switch (settings.Format)
        {
            case "json":
                writer.WriteLine(FindingsJson.Serialize(results.Select(r => r.Report)));
                break;
            case "sarif":
                writer.WriteLine(Sarif.Serialize(results.Select(r => r.Report), checker.Rules, settings.English));
                break;
            default:
                var console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(writer),
                    Ansi = file is null && settings.Interactive && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
                    ColorSystem = file is null && settings.Interactive && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                    Interactive = InteractionSupport.No,
                });
                if (!console.Profile.Capabilities.Ansi) console.Profile.Width = 160;
                TextReport.Write(console, results, settings.English);
                break;
        }
    }
}
