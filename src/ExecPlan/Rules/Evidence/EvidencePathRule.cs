using ExecPlan.Schema;
using ExecPlan.Model;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Evidence;

/// <summary>Repo-relative paths cited as evidence exist; resolved against the repository root, never outside it.</summary>
[ImplementsRule(RuleIds.EvidencePathMissing)]
internal sealed class EvidencePathRule : PlanRule
{
    private const int MaxReports = 100;

    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        if (context.Repository.Root is not { } root || !Directory.Exists(root))
        {
            return;
        }

        var document = context.Document;
        var reported = 0;
        var seen = new HashSet<int>();
        foreach (var (start, end) in EvidenceTexts(document))
        {
            var text = document.Text[start..end];
            foreach (var (offset, length, path) in EvidencePaths.Candidates(text))
            {
                if (seen.Add(start + offset) && EvidencePaths.Missing(path, context.Repository) is true)
                {
                    context.Report(RuleCatalog.EvidencePathMissing, document.SpanOf(start + offset, start + offset + length), path);
                    if (++reported >= MaxReports)
                    {
                        return;
                    }
                }
            }
        }
    }

    // The values of every `Evidence:` entry field and line, as offset ranges in the plan text.
    private static IEnumerable<(int Start, int End)> EvidenceTexts(PlanDocument document)
    {
        if (document.Schema.EntryField(SchemaRoles.Evidence) is not { } evidence)
        {
            yield break;
        }

        foreach (var section in document.Sections)
        {
            foreach (var field in section.Entries.SelectMany(e => e.Fields).Where(f => f.Name == evidence))
            {
                yield return Range(document, field.Span);
            }

            foreach (var line in section.LineFields.Where(f => string.Equals(f.Name, evidence, StringComparison.OrdinalIgnoreCase)))
            {
                yield return Range(document, line.ValueSpan);
            }
        }
    }

    private static (int, int) Range(PlanDocument document, Diagnostics.SourceSpan span)
    {
        var start = document.Lines.LineStart(span.Line) + span.Column - 1;
        var end = document.Lines.LineStart(span.EndLine) + span.EndColumn - 1;
        return (Math.Clamp(start, 0, document.Text.Length), Math.Clamp(end, start, document.Text.Length));
    }
}
