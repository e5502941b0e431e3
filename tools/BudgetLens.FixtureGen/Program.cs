using BudgetLens.Model.Json;
using BudgetLens.Writers;

// usage: BudgetLens.FixtureGen GOLD_DIR OUT_DIR — every GOLD_DIR/*.json written as OUT_DIR/<name>.{xlsx,docx,html}
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: BudgetLens.FixtureGen GOLD_DIR OUT_DIR");
    return 2;
}
Directory.CreateDirectory(args[1]);
foreach (var path in Directory.EnumerateFiles(args[0], "*.json").Order(StringComparer.Ordinal))
{
    var doc = DocumentJson.Deserialize(File.ReadAllText(path));
    if (doc is null) { Console.Error.WriteLine($"skipped {path}: not a document"); continue; }
    var name = Path.GetFileName(path);
    name = name[..name.IndexOf('.')];
    var layout = LayoutBuilder.Build(doc);
    File.WriteAllText(Path.Combine(args[1], name + ".html"), HtmlWriter.Write(layout));
    using (var xlsx = File.Create(Path.Combine(args[1], name + ".xlsx"))) XlsxWriter.Write(layout, xlsx);
    using (var docx = File.Create(Path.Combine(args[1], name + ".docx"))) DocxWriter.Write(layout, docx);
    Console.WriteLine($"{name}: html xlsx docx");
}
return 0;
