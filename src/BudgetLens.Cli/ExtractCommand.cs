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
        if (toStdout)
        {
            var error = Extract(files[0], document => stdout.WriteLine(DocumentJson.Serialize(document)));
            if (error is not null) stderr.WriteLine(error);
            return error is not null ? ExitCodes.Unreadable : ExitCodes.Ok;
        }
        // One output file per input, so the inputs are independent: extract them on every core, and report the
        // failures afterwards in input order.
        var errors = new string?[files.Count];
        Parallel.For(0, files.Count, i => errors[i] = Extract(files[i], document => WriteJson(outDir!, files[i].Path, document)));
        int failures = 0;
        foreach (var error in errors.OfType<string>())
        {
            stderr.WriteLine(error);
            failures++;
        }
        return failures > 0 ? ExitCodes.Unreadable : ExitCodes.Ok;
    }

    /// <summary>Extracts one input and hands its document to <paramref name="write"/>; the error line when it cannot.</summary>
    private static string? Extract(InputFiles.Input file, Action<Model.BudgetDocument> write)
    {
        if (file.Error is not null) return $"budgetlens: {file.Path}: {file.Error}";
        var loaded = DocumentLoader.Load(file.Path);
        if (loaded.Document is null) return $"budgetlens: {file.Path}: {loaded.Error}";
        write(loaded.Document);
        return null;
    }

    /// <summary>Streams the document JSON (UTF-8, then a newline) to <c>OUT/&lt;input name&gt;.json</c>.</summary>
    private static void WriteJson(DirectoryInfo outDir, string inputPath, Model.BudgetDocument document)
    {
        using var stream = new FileStream(Path.Combine(outDir.FullName, Path.GetFileName(inputPath) + ".json"), FileMode.Create, FileAccess.Write,
            FileShare.None, bufferSize: 64 * 1024);
        DocumentJson.Write(stream, document);
        stream.WriteByte((byte)'\n');
    }
}
