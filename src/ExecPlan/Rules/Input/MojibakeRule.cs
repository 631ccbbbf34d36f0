using System.Text.RegularExpressions;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Input;

/// <summary>Text that looks double-encoded: UTF-8 read as Windows-1252 (`â€”`, `Ã©`) or Mac Roman (`‚Äî`) and saved again.</summary>
[ImplementsRule(RuleIds.Mojibake)]
internal sealed partial class MojibakeRule : PlanRule
{
    /// <inheritdoc/>
    internal override bool ChecksAnyFile => true;

    private const int MaxReports = 20;

    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var reported = 0;
        foreach (var match in Pattern().EnumerateMatches(context.Document.Text))
        {
            var sample = context.Document.Text.Substring(match.Index, match.Length);
            context.Report(RuleCatalog.Mojibake, context.Document.SpanOf(match.Index, match.Index + match.Length), sample);
            if (++reported >= MaxReports)
            {
                break;
            }
        }
    }

    // Windows-1252: lead bytes E2/C2/C3 shown as â, Â, Ã before a continuation byte's glyph; Mac Roman: ‚Ä, ‚Ä, Ã¢.
    [GeneratedRegex(@"â€[\u0080-\u00BF\u2018-\u203A\u20AC\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC\u2122œ™]|Ã[\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178]|Â[\u00A0-\u00BF]|‚Ä[îìùúôò¶¢]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
