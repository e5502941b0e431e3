using System.Text.Encodings.Web;
using System.Text.Json;

namespace BudgetLens.Model.Json;

/// <summary>
/// Writes a <see cref="BudgetDocument"/> with a <see cref="Utf8JsonWriter"/> walk, property by property in the order
/// and spelling that <see cref="DocumentJson.Options"/> gives through reflection (declaration order, camelCase, nulls
/// written, enums camelCase, units in Chinese), byte for byte, without the serializer's per-call metadata and boxing.
/// A property added to the model must be added here too.
/// </summary>
internal static class DocumentJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Bytes pending in the writer after which they are flushed to the stream.</summary>
    private const int FlushThreshold = 32 * 1024;

    [ThreadStatic] private static Utf8JsonWriter? _cached;

    private static JsonEncodedText N(string name) => JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    private static readonly JsonEncodedText
        PSchema = N("schema"), PSource = N("source"), PIssuer = N("issuer"), PYear = N("year"), PToc = N("toc"),
        PSections = N("sections"), PTables = N("tables"), PProjects = N("projects"), PDepartmentTargets = N("departmentTargets"),
        PDiagnostics = N("diagnostics"), PFile = N("file"), PSha256 = N("sha256"), PFormat = N("format"), PEncoding = N("encoding"),
        PTitle = N("title"), PLevel = N("level"), PLocation = N("location"), PHeading = N("heading"), PText = N("text"),
        PParagraphLocations = N("paragraphLocations"), PKind = N("kind"), PUnit = N("unit"), PEmpty = N("empty"), PRows = N("rows"),
        PSide = N("side"), PCode = N("code"), PUnitCode = N("unitCode"), PName = N("name"), PRole = N("role"), PProject = N("project"),
        PEconomicItem = N("economicItem"), PItem = N("item"), PMethod = N("method"), PGroup = N("group"), PValues = N("values"),
        PValueLocations = N("valueLocations"), PLine = N("line"), PEndLine = N("endLine"), PPage = N("page"), PBox = N("box"),
        PSheet = N("sheet"), PCell = N("cell"), PCategory = N("category"), PDepartment = N("department"),
        PImplementer = N("implementer"), PFunds = N("funds"), PFundsLocations = N("fundsLocations"), PGoal = N("goal"),
        POverview = N("overview"), PBasis = N("basis"), PSchedule = N("schedule"), PContact = N("contact"), PPhone = N("phone"),
        PIndicators = N("indicators"), PLevel1 = N("level1"), PLevel2 = N("level2"), PLevel1Raw = N("level1Raw"),
        PLevel2Raw = N("level2Raw"), PComparator = N("comparator"), PValue = N("value"), PValueMax = N("valueMax"),
        PPeriodText = N("periodText"), PWeight = N("weight"), PNote = N("note"), PScoring = N("scoring"), PId = N("id"),
        PSeverity = N("severity"), PMessage = N("message");

    public static void Write(Stream stream, BudgetDocument document)
    {
        var w = _cached;
        if (w is null) _cached = w = new Utf8JsonWriter(stream, WriterOptions);
        else w.Reset(stream);
        try
        {
            Document(w, document);
            w.Flush();
        }
        finally
        {
            w.Reset(Stream.Null);
        }
    }

    private static void MaybeFlush(Utf8JsonWriter w)
    {
        if (w.BytesPending > FlushThreshold) w.Flush();
    }

    private static void Document(Utf8JsonWriter w, BudgetDocument d)
    {
        w.WriteStartObject();
        Str(w, PSchema, d.Schema);
        w.WritePropertyName(PSource);
        if (d.Source is null) w.WriteNullValue();
        else
        {
            var s = d.Source;
            w.WriteStartObject();
            Str(w, PFile, s.File);
            Str(w, PSha256, s.Sha256);
            Str(w, PFormat, s.Format);
            Str(w, PEncoding, s.Encoding);
            w.WriteEndObject();
        }
        Str(w, PIssuer, d.Issuer);
        Int(w, PYear, d.Year);

        w.WritePropertyName(PToc);
        if (d.Toc is null) w.WriteNullValue();
        else
        {
            w.WriteStartArray();
            foreach (var t in d.Toc)
            {
                if (t is null) { w.WriteNullValue(); continue; }
                w.WriteStartObject();
                Str(w, PTitle, t.Title);
                w.WriteNumber(PLevel, t.Level);
                Location(w, PLocation, t.Location);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        MaybeFlush(w);

        w.WritePropertyName(PSections);
        if (d.Sections is null) w.WriteNullValue();
        else
        {
            w.WriteStartArray();
            foreach (var s in d.Sections)
            {
                if (s is null) { w.WriteNullValue(); continue; }
                w.WriteStartObject();
                Str(w, PHeading, s.Heading);
                w.WriteNumber(PLevel, s.Level);
                Str(w, PText, s.Text);
                Location(w, PLocation, s.Location);
                w.WritePropertyName(PParagraphLocations);
                if (s.ParagraphLocations is null) w.WriteNullValue();
                else
                {
                    w.WriteStartArray();
                    foreach (var l in s.ParagraphLocations) LocationValue(w, l);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
                MaybeFlush(w);
            }
            w.WriteEndArray();
        }

        w.WritePropertyName(PTables);
        if (d.Tables is null) w.WriteNullValue();
        else
        {
            w.WriteStartArray();
            foreach (var t in d.Tables) Table(w, t);
            w.WriteEndArray();
        }

        TargetSheets(w, PProjects, d.Projects);
        TargetSheets(w, PDepartmentTargets, d.DepartmentTargets);

        w.WritePropertyName(PDiagnostics);
        if (d.Diagnostics is null) w.WriteNullValue();
        else
        {
            w.WriteStartArray();
            foreach (var g in d.Diagnostics)
            {
                if (g is null) { w.WriteNullValue(); continue; }
                w.WriteStartObject();
                Str(w, PId, g.Id);
                w.WriteString(PSeverity, g.Severity switch
                {
                    Severity.Info => "info",
                    Severity.Warning => "warning",
                    Severity.Error => "error",
                    _ => throw new ArgumentOutOfRangeException(nameof(g.Severity)),
                });
                Str(w, PMessage, g.Message);
                Location(w, PLocation, g.Location);
                Str(w, PText, g.Text);
                w.WriteEndObject();
                MaybeFlush(w);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter w, Table? t)
    {
        if (t is null) { w.WriteNullValue(); return; }
        w.WriteStartObject();
        Str(w, PKind, t.Kind);
        Str(w, PTitle, t.Title);
        Unit(w, PUnit, t.Unit);
        Str(w, PIssuer, t.Issuer);
        Location(w, PLocation, t.Location);
        w.WriteBoolean(PEmpty, t.Empty);
        w.WritePropertyName(PRows);
        if (t.Rows is null) w.WriteNullValue();
        else
        {
            w.WriteStartArray();
            foreach (var r in t.Rows)
            {
                if (r is null) { w.WriteNullValue(); continue; }
                w.WriteStartObject();
                Str(w, PSide, r.Side);
                Str(w, PCode, r.Code);
                Str(w, PUnitCode, r.UnitCode);
                Str(w, PName, r.Name);
                Int(w, PLevel, r.Level);
                Str(w, PRole, r.Role);
                Str(w, PProject, r.Project);
                Str(w, PEconomicItem, r.EconomicItem);
                Str(w, PItem, r.Item);
                Str(w, PMethod, r.Method);
                Str(w, PGroup, r.Group);
                Amounts(w, PValues, r.Values);
                Location(w, PLocation, r.Location);
                Locations(w, PValueLocations, r.ValueLocations);
                w.WriteEndObject();
                MaybeFlush(w);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void TargetSheets(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<TargetSheet>? sheets)
    {
        w.WritePropertyName(name);
        if (sheets is null) { w.WriteNullValue(); return; }
        w.WriteStartArray();
        foreach (var s in sheets)
        {
            if (s is null) { w.WriteNullValue(); continue; }
            w.WriteStartObject();
            Str(w, PName, s.Name);
            Str(w, PCode, s.Code);
            Str(w, PCategory, s.Category);
            Str(w, PDepartment, s.Department);
            Str(w, PImplementer, s.Implementer);
            Unit(w, PUnit, s.Unit);
            Amounts(w, PFunds, s.Funds);
            Locations(w, PFundsLocations, s.FundsLocations);
            Str(w, PGoal, s.Goal);
            Str(w, POverview, s.Overview);
            Str(w, PBasis, s.Basis);
            Str(w, PSchedule, s.Schedule);
            Str(w, PContact, s.Contact);
            Str(w, PPhone, s.Phone);
            w.WritePropertyName(PIndicators);
            if (s.Indicators is null) w.WriteNullValue();
            else
            {
                w.WriteStartArray();
                foreach (var i in s.Indicators)
                {
                    if (i is null) { w.WriteNullValue(); continue; }
                    w.WriteStartObject();
                    Str(w, PLevel1, i.Level1);
                    Str(w, PLevel2, i.Level2);
                    Str(w, PLevel1Raw, i.Level1Raw);
                    Str(w, PLevel2Raw, i.Level2Raw);
                    Str(w, PName, i.Name);
                    Str(w, PComparator, i.Comparator);
                    Dec(w, PValue, i.Value);
                    Dec(w, PValueMax, i.ValueMax);
                    Str(w, PUnit, i.Unit);
                    Str(w, PText, i.Text);
                    Str(w, PPeriodText, i.PeriodText);
                    Dec(w, PWeight, i.Weight);
                    Str(w, PNote, i.Note);
                    Str(w, PScoring, i.Scoring);
                    Location(w, PLocation, i.Location);
                    w.WriteEndObject();
                    MaybeFlush(w);
                }
                w.WriteEndArray();
            }
            Location(w, PLocation, s.Location);
            w.WriteEndObject();
            MaybeFlush(w);
        }
        w.WriteEndArray();
    }

    private static void Str(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Int(Utf8JsonWriter w, JsonEncodedText name, int? value)
    {
        if (value is int v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Dec(Utf8JsonWriter w, JsonEncodedText name, decimal? value)
    {
        if (value is decimal v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Unit(Utf8JsonWriter w, JsonEncodedText name, MoneyUnit? unit)
    {
        if (unit is MoneyUnit u) w.WriteString(name, u.ToChinese());
        else w.WriteNull(name);
    }

    private static void Amounts(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyDictionary<string, decimal?>? values)
    {
        w.WritePropertyName(name);
        if (values is null) { w.WriteNullValue(); return; }
        w.WriteStartObject();
        if (values is Dictionary<string, decimal?> dict)
        {
            foreach (var (key, value) in dict) Dec(w, key, value);
        }
        else
        {
            foreach (var (key, value) in values) Dec(w, key, value);
        }
        w.WriteEndObject();
    }

    private static void Dec(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is decimal v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Locations(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyDictionary<string, SourceLocation>? locations)
    {
        w.WritePropertyName(name);
        if (locations is null) { w.WriteNullValue(); return; }
        w.WriteStartObject();
        foreach (var (key, value) in locations)
        {
            w.WritePropertyName(key);
            LocationValue(w, value);
        }
        w.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter w, JsonEncodedText name, SourceLocation? l)
    {
        w.WritePropertyName(name);
        LocationValue(w, l);
    }

    private static void LocationValue(Utf8JsonWriter w, SourceLocation? l)
    {
        if (l is null) { w.WriteNullValue(); return; }
        w.WriteStartObject();
        Int(w, PLine, l.Line);
        Int(w, PEndLine, l.EndLine);
        Int(w, PPage, l.Page);
        w.WritePropertyName(PBox);
        if (l.Box is null) w.WriteNullValue();
        else
        {
            w.WriteStartArray();
            foreach (var v in l.Box) w.WriteNumberValue(v);
            w.WriteEndArray();
        }
        Str(w, PSheet, l.Sheet);
        Str(w, PCell, l.Cell);
        w.WriteEndObject();
    }
}
