using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.Secrets;

/// <summary>Reads the secret rule set's YAML (see <c>secret-patterns.yaml</c> for the format) into compiled patterns.</summary>
internal static partial class SecretRuleSetReader
{
    /// <summary>How long one regex operation may run before the rule is abandoned for that text, in milliseconds.</summary>
    public const int MatchTimeoutMilliseconds = 1000;

    /// <summary>How long one regex operation may run before the rule is abandoned for that text.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);

    // Backtracking by default: the built-in patterns are written to be linear on it (see secret-patterns.yaml) and come compiled
    // by the source generator. Non-backtracking only for a rule of one's own that asks for it (`engine: non-backtracking`):
    // linear whatever the pattern, but tens of milliseconds to build, and its first pass over a text builds its automaton.
    private const RegexOptions PatternOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static SecretRuleSet Read(string yaml)
    {
        var problems = new List<string>();
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml ?? string.Empty));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException e)
        {
            return new SecretRuleSet([], [], [$"({e.Start.Line},{e.Start.Column}): {e.Message}"]);
        }

        if (root is null)
        {
            return new SecretRuleSet([], [], ["the rule set is not a YAML mapping"]);
        }

        var allowlist = ReadRegexList(Child(root, "allowlist"), RegexOptions.CultureInvariant, problems);
        var patterns = new List<SecretPattern>();
        if (Child(root, "rules") is YamlSequenceNode rules)
        {
            foreach (var rule in rules.Children)
            {
                if (ReadPattern(rule, problems) is { } pattern)
                {
                    patterns.Add(pattern);
                }
            }
        }
        else
        {
            problems.Add("'rules' is missing or not a list");
        }

        return new SecretRuleSet(patterns, allowlist, problems);
    }

    private static SecretPattern? ReadPattern(YamlNode node, List<string> problems)
    {
        var where = $"({node.Start.Line},{node.Start.Column})";
        if (node is not YamlMappingNode map)
        {
            problems.Add($"{where}: a rule must be a mapping");
            return null;
        }

        var id = Scalar(map, "id");
        var kind = Scalar(map, "kind");
        var pattern = Scalar(map, "regex");
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(kind) || string.IsNullOrEmpty(pattern))
        {
            problems.Add($"{where}: a rule needs id, kind and regex");
            return null;
        }

        var engine = Scalar(map, "engine") switch
        {
            null or "backtracking" => RegexOptions.None,
            "non-backtracking" => RegexOptions.NonBacktracking,
            var other => UnknownEngine(other, id, problems),
        };
        // The built-in rules come compiled at build time; a pattern of one's own (or an edited one) is interpreted.
        var regex = (engine == RegexOptions.None ? BuiltInSecretPatterns.Find(pattern, PatternOptions, MatchTimeout) : null)
            ?? Compile(pattern, PatternOptions | engine, $"rule {id}", problems);
        if (regex is null)
        {
            return null;
        }

        var group = Scalar(map, "secret-group");
        if (group is not null && regex.GroupNumberFromName(group) < 0)
        {
            problems.Add($"rule {id}: regex has no group named '{group}'");
            return null;
        }

        var keywords = Child(map, "keywords") is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).Where(k => k.Length > 0).ToArray()
            : [];
        var validation = Scalar(map, "validate") switch
        {
            null => SecretValidation.None,
            "jwt" => SecretValidation.Jwt,
            "not-user" => SecretValidation.NotUser,
            var other => Unknown(other, id, problems),
        };
        if (validation == SecretValidation.NotUser && regex.GroupNumberFromName("user") < 0)
        {
            problems.Add($"rule {id}: validate 'not-user' needs a group named 'user'");
            return null;
        }

        return new SecretPattern(
            id,
            kind,
            regex,
            group,
            keywords,
            Number(map, "entropy", id, problems),
            (int)Number(map, "min-char-classes", id, problems),
            validation,
            ReadRegexList(Child(map, "allowlist"), RegexOptions.CultureInvariant, problems),
            CharacterSet(Scalar(map, "not-before"), id, problems),
            CharacterSet(Scalar(map, "not-after"), id, problems));
    }

    // "A-Za-z0-9_" -> those characters: single ASCII characters and ranges written a-z.
    private static SearchValues<char>? CharacterSet(string? text, string id, List<string> problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var chars = new List<char>();
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 2 < text.Length && text[i + 1] == '-' && text[i] < text[i + 2])
            {
                for (var c = text[i]; c <= text[i + 2]; c++)
                {
                    chars.Add(c);
                }

                i += 2;
            }
            else
            {
                chars.Add(text[i]);
            }
        }

        if (chars.Any(c => !char.IsAscii(c)))
        {
            problems.Add($"rule {id}: not-before and not-after take ASCII characters only");
            return null;
        }

        return SearchValues.Create([.. chars]);
    }

    private static RegexOptions UnknownEngine(string name, string id, List<string> problems)
    {
        problems.Add($"rule {id}: unknown engine '{name}'; use backtracking or non-backtracking");
        return RegexOptions.NonBacktracking;
    }

    private static SecretValidation Unknown(string name, string id, List<string> problems)
    {
        problems.Add($"rule {id}: unknown validate '{name}'");
        return SecretValidation.None;
    }

    // Each pattern is compiled alone (a bad one is named and left out), then the good ones are joined into one alternation:
    // a flood of candidates (a plan of `https://a:b@` repeated) is checked with one match per candidate, not one per pattern.
    // Each alternative is its own group, so its inline options and anchors stay its own.
    private static List<Regex> ReadRegexList(YamlNode? node, RegexOptions options, List<string> problems)
    {
        var valid = new List<(string Pattern, Regex Regex)>();
        if (node is YamlSequenceNode list)
        {
            foreach (var item in list.Children.OfType<YamlScalarNode>())
            {
                if (Compile(item.Value ?? string.Empty, options, "allowlist", problems) is { } regex)
                {
                    valid.Add((item.Value ?? string.Empty, regex));
                }
            }
        }

        // A numbered back-reference would point at another pattern's group once joined: such lists stay apart.
        if (valid.Count < 2 || valid.Any(v => v.Pattern.Contains("\\k", StringComparison.Ordinal) || BackReference().IsMatch(v.Pattern)))
        {
            return [.. valid.Select(v => v.Regex)];
        }

        return [new Regex(string.Join("|", valid.Select(v => $"(?:{v.Pattern})")), options, MatchTimeout)];
    }

    private static Regex? Compile(string pattern, RegexOptions options, string owner, List<string> problems)
    {
        try
        {
            return new Regex(pattern, options, MatchTimeout);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: a construct the non-backtracking engine does not run (a lookaround, a backreference).
            problems.Add($"{owner}: invalid regex: {e.Message}");
            return null;
        }
    }

    private static double Number(YamlMappingNode map, string key, string id, List<string> problems)
    {
        var text = Scalar(map, key);
        if (text is null)
        {
            return 0;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        problems.Add($"rule {id}: {key} must be a non-negative number");
        return 0;
    }

    private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    [GeneratedRegex(@"\\[1-9]")]
    private static partial Regex BackReference();
}
