using System.Text.RegularExpressions;
using ExecPlan.Diagnostics;
using ExecPlan.Model;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Suppressions;

/// <summary>The inline suppression comments of a plan (`execplan-disable`, `-enable`, `-disable-next-line`, `-disable-file`), applied to its findings.</summary>
[ImplementsRule(RuleIds.InvalidSuppression)]
internal sealed partial class SuppressionMap
{
    private const string AllRules = "*";
    private readonly Dictionary<string, Suppression> _file = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(string Id, Suppression Why)>> _lines = [];
    private readonly List<(string Id, int From, int To, Suppression Why)> _ranges = [];

    private SuppressionMap()
    {
    }

    /// <summary>Reads the comments of the plan; malformed ones are reported as EXP0006 to <paramref name="problems"/>.</summary>
    public static SuppressionMap Read(PlanDocument document, List<Diagnostic> problems)
    {
        var map = new SuppressionMap();
        var open = new Dictionary<string, (int Line, Suppression Why)>(StringComparer.Ordinal);
        foreach (var fragment in document.Html)
        {
            if (!fragment.IsComment)
            {
                continue;
            }

            foreach (Match match in Directive().Matches(fragment.Text))
            {
                var line = document.Lines.LineOf(fragment.Range.Start + match.Index);
                var (column, kind) = (document.Lines.PositionOf(fragment.Range.Start + match.Index).Column, match.Groups["kind"].Value);
                var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
                var ids = match.Groups["ids"].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
                var span = SourceSpan.At(line, column);
                var valid = ids.Where(id => Known(id, span, document, problems)).ToList();
                if (ids.Length == 0)
                {
                    valid.Add(AllRules);
                }

                map.Apply(kind, valid, line, span, string.IsNullOrEmpty(reason) ? null : reason, open, document, problems);
            }
        }

        foreach (var (id, (line, why)) in open)
        {
            map._ranges.Add((id, line, int.MaxValue, why));
        }

        return map;
    }

    /// <summary>The suppression that covers the finding, or null.</summary>
    public Suppression? Find(Diagnostic diagnostic) => Find(diagnostic.Id, diagnostic.Span.Line);

    /// <summary>The suppression that covers a finding of rule <paramref name="id"/> on <paramref name="line"/>, or null.</summary>
    public Suppression? Find(string id, int line)
    {
        if (_file.TryGetValue(id, out var fileWide) || _file.TryGetValue(AllRules, out fileWide))
        {
            return fileWide;
        }

        if (_lines.TryGetValue(line, out var onLine))
        {
            foreach (var (lineId, why) in onLine)
            {
                if (lineId == id || lineId == AllRules)
                {
                    return why;
                }
            }
        }

        foreach (var (rangeId, from, to, why) in _ranges)
        {
            if ((rangeId == id || rangeId == AllRules) && line > from && line < to)
            {
                return why;
            }
        }

        return null;
    }

    private void Apply(string kind, List<string> ids, int line, SourceSpan span, string? reason, Dictionary<string, (int, Suppression)> open, PlanDocument document, List<Diagnostic> problems)
    {
        var why = new Suppression(kind, reason, line);
        foreach (var id in ids)
        {
            switch (kind)
            {
                case "disable-file":
                    _file[id] = why;
                    break;
                case "disable-next-line":
                    var next = line + 1;
                    if (!_lines.TryGetValue(next, out var list))
                    {
                        _lines[next] = list = [];
                    }

                    list.Add((id, why));
                    break;
                case "disable":
                    open.TryAdd(id, (line, why));
                    break;
                default: // enable
                    if (open.Remove(id, out var started))
                    {
                        _ranges.Add((id, started.Item1, line, started.Item2));
                    }
                    else
                    {
                        problems.Add(Problem(document, span, $"'execplan-enable {(id == AllRules ? string.Empty : id)}' has no matching 'execplan-disable' before it"));
                    }

                    break;
            }
        }
    }

    private static bool Known(string id, SourceSpan span, PlanDocument document, List<Diagnostic> problems)
    {
        if (RuleCatalog.Find(id) is not null)
        {
            return true;
        }

        problems.Add(Problem(document, span, $"'{id}' is not a known rule ID"));
        return false;
    }

    private static Diagnostic Problem(PlanDocument document, SourceSpan span, string reason) =>
        new(RuleCatalog.InvalidSuppression, RuleCatalog.InvalidSuppression.DefaultSeverity, document.Path, span, RuleCatalog.InvalidSuppression.Format(reason));

    [GeneratedRegex(@"execplan-(?<kind>disable-next-line|disable-file|disable|enable)(?![\w-])(?<ids>(?:(?!\s--\s|\s--$|-->)[^\r\n])*)(?:\s--\s*(?<reason>(?:(?!-->).)*))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Directive();
}
