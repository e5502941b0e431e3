namespace BudgetLens.Cli;

/// <summary>Expands the FILE|DIR arguments into the files to process, in a stable order.</summary>
internal static class InputFiles
{
    public static readonly string[] Extensions = [".txt", ".md", ".tsv", ".text", ".pdf", .. Readers.Office.OfficeReaders.Extensions];

    public sealed record Input(string Path, string? Error);

    public static IReadOnlyList<Input> Expand(IEnumerable<string> arguments)
    {
        var inputs = new List<Input>();
        foreach (var arg in arguments)
        {
            if (Directory.Exists(arg))
            {
                var files = Directory.EnumerateFiles(arg)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                inputs.AddRange(files.Select(f => new Input(f, null)));
            }
            else if (File.Exists(arg)) inputs.Add(new Input(arg, null));
            else inputs.Add(new Input(arg, "文件或目录不存在 / no such file or directory"));
        }
        return inputs;
    }
}
