using System.CommandLine;
using BudgetLens.Model.Json;

namespace BudgetLens.Cli;

/// <summary><c>budgetlens extract FILE|DIR... [--out DIR]</c>: one document JSON per input.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "要提取的文件或目录（目录下的 .txt/.md/.tsv 文件） / files or directories to extract",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<DirectoryInfo?>("--out", "-o")
        {
            Description = "输出目录：每个输入写一个 <输入文件名>.json；单个输入且未指定时写到标准输出 / output directory: one <input name>.json per input; stdout for a single input without --out",
        };
        var command = new Command("extract", "把预算公开文件提取为 document JSON（budget-document/1） / extract disclosures into document JSON")
        {
            inputs,
            outDir,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(outDir), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string[] arguments, DirectoryInfo? outDir, TextWriter stdout, TextWriter stderr)
    {
        var files = InputFiles.Expand(arguments);
        if (files.Count == 0)
        {
            stderr.WriteLine("budgetlens: 没有找到输入文件 / no input files found");
            return ExitCodes.Unreadable;
        }
        bool toStdout = outDir is null && files.Count == 1;
        if (outDir is null && !toStdout)
        {
            stderr.WriteLine("budgetlens: 多个输入时需要 --out 目录 / several inputs need --out DIR");
            return ExitCodes.Usage;
        }
        outDir?.Create();
        // files are read in parallel (one per core: a PDF's parsing dominates); messages and output keep the input order
        var results = new (string? Json, string? Error)[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = toStdout ? 1 : Environment.ProcessorCount };
        Parallel.For(0, files.Count, parallel, i =>
        {
            var file = files[i];
            if (file.Error is not null) { results[i] = (null, file.Error); return; }
            var loaded = DocumentLoader.Load(file.Path);
            if (loaded.Document is null) { results[i] = (null, loaded.Error); return; }
            var json = DocumentJson.Serialize(loaded.Document);
            if (!toStdout) File.WriteAllText(Path.Combine(outDir!.FullName, Path.GetFileName(file.Path) + ".json"), json + "\n");
            results[i] = (json, null);
        });
        int failures = 0;
        for (int i = 0; i < files.Count; i++)
        {
            if (results[i].Error is { } error)
            {
                stderr.WriteLine($"budgetlens: {files[i].Path}: {error}");
                failures++;
            }
            else if (toStdout) stdout.WriteLine(results[i].Json);
        }
        return failures > 0 ? ExitCodes.Unreadable : ExitCodes.Ok;
    }
}
