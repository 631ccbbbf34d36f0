using ExecPlan.Diagnostics;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Secrets;

namespace ExecPlan.Rules.Secrets;

/// <summary>Text that matches a secret pattern, code included; the finding names the kind and at most the first four characters.</summary>
[ImplementsRule(RuleIds.PossibleSecret)]
[ImplementsRule(RuleIds.SecretScanIncomplete)]
internal sealed class SecretRule : PlanRule
{
    /// <inheritdoc/>
    internal override bool ChecksAnyFile => true;

    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var document = context.Document;
        var scan = context.SecretScan;
        if (context.SecretScanFailure is { } failure)
        {
            throw new InvalidOperationException("The secret scan failed.", failure);
        }

        foreach (var (rule, start, end, arguments) in Findings(scan, document.Text))
        {
            context.Report(rule, document.SpanOf(start, end), arguments);
        }
    }

    /// <summary>What the rule reports for a scan, as (rule, start offset, end offset, message arguments); also used for a file that ran out of time.</summary>
    public static IEnumerable<(RuleDescriptor Rule, int Start, int End, string[] Arguments)> Findings(SecretScan scan, string text)
    {
        foreach (var rule in scan.Incomplete)
        {
            yield return (RuleCatalog.SecretScanIncomplete, 0, 0, [$"the {rule} pattern ran out of time"]);
        }

        foreach (var match in scan.Matches)
        {
            yield return (RuleCatalog.PossibleSecret, match.Offset, match.End, [match.Kind, match.Preview(text)]);
        }
    }

    /// <summary>The findings of a scan as diagnostics, without a parsed plan: for a file that ran out of time after its scan.</summary>
    public static List<Diagnostic> Diagnostics(string path, string text, SecretScan scan, Configuration.ExecPlanConfig config)
    {
        var lines = new Model.LineMap(text);
        var diagnostics = new List<Diagnostic>();
        var cap = new FindingCap();
        foreach (var (rule, start, end, arguments) in Findings(scan, text))
        {
            var severity = config.SeverityOf(rule);
            if (severity == Severity.Off)
            {
                continue;
            }

            if (!cap.HasRoom(rule.Id))
            {
                cap.CountOne(rule.Id, severity, () => new Diagnostic(rule, severity, path, lines.SpanOf(start, end), rule.Format(arguments)));
                continue;
            }

            var diagnostic = new Diagnostic(rule, severity, path, lines.SpanOf(start, end), rule.Format(arguments));
            cap.Admit(diagnostic);
            diagnostics.Add(diagnostic);
        }

        // Capped like every rule, with the count of the rest (findings of a file that was not parsed, or of a repository file).
        diagnostics.AddRange(cap.Summaries().Select(s => s.Summary));
        return diagnostics;
    }
}
