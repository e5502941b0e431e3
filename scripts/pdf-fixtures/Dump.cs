using BudgetLens.Readers.Pdf;

/// <summary>Prints the lines the PDF reader makes of a file (development aid: dotnet run -- dump FILE.pdf).</summary>
internal static class Dump
{
    public static void Run(string path)
    {
        var outcome = new PdfTextReader().Read(path);
        if (!outcome.Succeeded) { Console.WriteLine($"FAIL {outcome.Failure!.Id} {outcome.Failure.Message}"); return; }
        foreach (var d in outcome.Value!.Diagnostics) Console.WriteLine($"DIAG {d.Id} {d.Message}");
        foreach (var l in outcome.Value.Lines) Console.WriteLine($"{l.Number,4} p{l.Origin?.Page} | {l.Raw.Replace("\t", " ⇥ ")}");
    }
}
