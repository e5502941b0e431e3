using System.Diagnostics;
using BudgetLens.Readers.Pdf;
using UglyToad.PdfPig;

/// <summary>Stopwatch breakdown of the PDF path over a folder (development aid: dotnet run -- profile FOLDER): PdfPig
/// parsing alone (open, every page's letters and paths), the whole reader, and the recognisers on its lines.</summary>
internal static class Profile
{
    public static void Run(string folder)
    {
        var files = Directory.GetFiles(folder, "*.pdf").Order().ToArray();
        for (int round = 0; round < 3; round++)
        {
            long parse = 0, read = 0, extract = 0;
            foreach (var f in files)
            {
                var bytes = File.ReadAllBytes(f);
                var sw = Stopwatch.StartNew();
                using (var doc = PdfDocument.Open(bytes))
                    for (int p = 1; p <= doc.NumberOfPages; p++) { var page = doc.GetPage(p); _ = page.Letters.Count; _ = page.Paths.Count; }
                parse += sw.ElapsedTicks; sw.Restart();
                var outcome = PdfTextReader.Decode(Path.GetFileName(f), bytes);
                read += sw.ElapsedTicks; sw.Restart();
                BudgetLens.Recognition.DocumentExtractor.Default.Extract(outcome.Value!);
                extract += sw.ElapsedTicks;
            }
            double ms(long t) => t * 1000.0 / Stopwatch.Frequency;
            Console.WriteLine($"round {round + 1}: PdfPig parse {ms(parse):F0} ms, reader (parse + layout) {ms(read):F0} ms, recognition {ms(extract):F0} ms");
        }
    }
}
