using System.Text.RegularExpressions;

namespace ExecPlan.Secrets;

/// <summary>
/// The built-in rules' patterns, compiled to C# at build time by .NET's regular expression source generator: nothing to parse
/// or build when a process starts (a native one-plan lint is mostly start-up), and the generator's searches for a pattern's
/// leading strings and sets, which the interpreter does not have. <c>secret-patterns.yaml</c> stays the rule set: a pattern
/// read from it is taken from here when its text and options are the same, and interpreted otherwise (a test checks that every
/// built-in rule is found here, so an edit to the YAML is not silently slower).
/// </summary>
internal static partial class BuiltInSecretPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const int Timeout = SecretRuleSetReader.MatchTimeoutMilliseconds;

    private static readonly Regex[] All =
    [
        PrivateKey(),
        AwsAccessKeyId(),
        AwsSecretAccessKey(),
        AzureStorageKey(),
        AzureSasSignature(),
        GithubToken(),
        GithubFineGrainedToken(),
        GitlabToken(),
        SlackToken(),
        SlackWebhook(),
        StripeKey(),
        GoogleApiKey(),
        AnthropicApiKey(),
        OpenaiApiKey(),
        Jwt(),
        UrlCredentials(),
        ConnectionStringPassword(),
        PasswordAssignment(),
        GenericSecret(),
    ];

    /// <summary>The source-generated regex of exactly this pattern, options and timeout, or null.</summary>
    public static Regex? Find(string pattern, RegexOptions options, TimeSpan timeout)
    {
        foreach (var regex in All)
        {
            if (regex.Options == options && regex.MatchTimeout == timeout && string.Equals(regex.ToString(), pattern, StringComparison.Ordinal))
            {
                return regex;
            }
        }

        return null;
    }

    [GeneratedRegex("""-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----\s*(?>[A-Za-z-]+:[^\r\n]*\s+)*(?<secret>[A-Za-z0-9+/=]{40,})""", Options, Timeout)]
    private static partial Regex PrivateKey();

    [GeneratedRegex("""(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})""", Options, Timeout)]
    private static partial Regex AwsAccessKeyId();

    [GeneratedRegex("""(?i:aws)[\w.-]{0,20}(?i:secret|sk)[\w.-]{0,20}\*{0,2}["']?\s{0,5}(?::=|=>|:|=)\*{0,2}\s{0,5}["'`]?(?<secret>[A-Za-z0-9/+]{40})""", Options, Timeout)]
    private static partial Regex AwsSecretAccessKey();

    [GeneratedRegex("""(?i:AccountKey|SharedAccessKey)\s{0,5}=\s{0,5}(?<secret>[A-Za-z0-9+/]{20,}={0,2})""", Options, Timeout)]
    private static partial Regex AzureStorageKey();

    [GeneratedRegex("""[?&](?i:sig)=(?<secret>[A-Za-z0-9%+/=]{20,})""", Options, Timeout)]
    private static partial Regex AzureSasSignature();

    [GeneratedRegex("""(?<secret>gh[pousr]_[A-Za-z0-9]{36,})""", Options, Timeout)]
    private static partial Regex GithubToken();

    [GeneratedRegex("""(?<secret>github_pat_[A-Za-z0-9_]{22,})""", Options, Timeout)]
    private static partial Regex GithubFineGrainedToken();

    [GeneratedRegex("""(?<secret>glpat-[A-Za-z0-9_.-]{20,})""", Options, Timeout)]
    private static partial Regex GitlabToken();

    [GeneratedRegex("""(?<secret>xox[baprs]-[0-9A-Za-z]{6,40}-[0-9A-Za-z-]{8,})""", Options, Timeout)]
    private static partial Regex SlackToken();

    [GeneratedRegex("""hooks\.slack\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9+/_-]{20,})""", Options, Timeout)]
    private static partial Regex SlackWebhook();

    [GeneratedRegex("""(?<secret>[sr]k_(?:live|test)_[A-Za-z0-9]{10,})""", Options, Timeout)]
    private static partial Regex StripeKey();

    [GeneratedRegex("""(?<secret>AIza[0-9A-Za-z_-]{35})""", Options, Timeout)]
    private static partial Regex GoogleApiKey();

    [GeneratedRegex("""(?<secret>sk-ant-[A-Za-z0-9_-]{20,})""", Options, Timeout)]
    private static partial Regex AnthropicApiKey();

    [GeneratedRegex("""(?<secret>sk-[A-Za-z0-9_-]{20,})""", Options, Timeout)]
    private static partial Regex OpenaiApiKey();

    [GeneratedRegex("""(?<secret>e[yw][A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{8,})|e[yw][A-Za-z0-9_-]{10,}""", Options, Timeout)]
    private static partial Regex Jwt();

    [GeneratedRegex("""[A-Za-z0-9]://(?<user>[^\s:/?#@'"`<>]{1,128}):(?<secret>[^\s/?#@'"`<>]{1,256})@[A-Za-z0-9\[]""", Options, Timeout)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex("""(?<=[A-Za-z][A-Za-z ]{0,30})=[^;=\s]{1,200};\s{0,5}(?i:password|pwd)\s{0,5}=\s{0,5}(?<secret>[^;\s'"`<>]{1,256})|(?i:password|pwd)=(?<secret>[^;\s'"`<>]{1,256});""", Options, Timeout)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex("""(?i:password|passwd|pwd)\*{0,2}["']?\s{0,5}(?::=|=>|:|=)\*{0,2}\s{0,5}["'`]?(?<secret>[^\s"'`,;()<>\[\]{}]{6,256})""", Options, Timeout)]
    private static partial Regex PasswordAssignment();

    [GeneratedRegex("""(?<=(?i:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key)(?i:[_.-]?(?:key|value|token))?\*{0,2}["']?\s{0,5})(?::=|=>|:|=)\*{0,2}\s{0,5}["'`]?(?<secret>[^\s"'`,;()<>\[\]{}]{8,256})""", Options, Timeout)]
    private static partial Regex GenericSecret();
}
