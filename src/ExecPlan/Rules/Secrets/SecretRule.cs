using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Secrets;

/// <summary>Text that matches a secret pattern, code included; the finding names the kind and at most the first four characters.</summary>
[ImplementsRule(RuleIds.PossibleSecret)]
internal sealed class SecretRule : PlanRule
{
    private const int MaxReports = 100;

    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var document = context.Document;
        var matches = context.Secrets;
        if (context.SecretScanFailure is { } failure)
        {
            throw new InvalidOperationException("The secret scan failed.", failure);
        }

        var reported = 0;
        foreach (var match in matches)
        {
            context.Report(RuleCatalog.PossibleSecret, document.SpanOf(match.Offset, match.End), match.Kind, match.Preview(document.Text));
            if (++reported >= MaxReports)
            {
                return;
            }
        }
    }
}
