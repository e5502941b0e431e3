using BudgetLens.Readers.Text;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Cli;

/// <summary>One input after check: its report and, for text inputs, the lines to quote under each finding.</summary>
internal sealed record CheckedDocument(string Path, DocumentReport Report, TextSource? Text);
