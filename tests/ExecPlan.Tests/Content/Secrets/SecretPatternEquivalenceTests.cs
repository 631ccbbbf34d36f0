using System.Text.RegularExpressions;
using CsCheck;
using ExecPlan.Secrets;
using static ExecPlan.Tests.Infrastructure.FakeSecrets;

namespace ExecPlan.Tests.Content.Secrets;

/// <summary>
/// The built-in rules that were rewritten to run in linear time on the backtracking interpreter find the same secrets as the
/// forms they replaced (non-backtracking, or quadratic on a long run), on texts made of the pieces those patterns look for.
/// </summary>
public class SecretPatternEquivalenceTests
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // The replaced forms, as they stood in secret-patterns.yaml, with the engine each ran on.
    public static TheoryData<string, string, bool> Replaced() => new()
    {
        { "private-key", """-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----\s*(?:[A-Za-z-]+:[^\r\n]*\s+)*(?<secret>[A-Za-z0-9+/=]{40,})""", true },
        { "aws-secret-access-key", """(?i:aws)[\w.-]{0,20}(?i:secret|sk)[\w.-]{0,20}\*{0,2}["']?\s{0,5}(?::=|=>|:|=)\*{0,2}\s{0,5}["'`]?(?<secret>[A-Za-z0-9/+]{40})""", true },
        { "azure-storage-key", """(?i:AccountKey|SharedAccessKey)\s{0,5}=\s{0,5}(?<secret>[A-Za-z0-9+/]{20,}={0,2})""", true },
        { "azure-sas-signature", """[?&](?i:sig)=(?<secret>[A-Za-z0-9%+/=]{20,})""", true },
        { "slack-webhook", """hooks\.slack\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9+/_-]{20,})""", true },
        { "jwt", """(?<secret>e[yw][A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{8,})""", false },
        { "url-credentials", """[A-Za-z0-9]://[^\s:/?#@'"`<>]{1,128}:(?<secret>[^\s/?#@'"`<>]{1,256})@[A-Za-z0-9\[]""", true },
        { "connection-string-password", """[A-Za-z][A-Za-z ]{0,30}=[^;=\s]{1,200};\s{0,5}(?i:password|pwd)\s{0,5}=\s{0,5}(?<secret>[^;\s'"`<>]{1,256})|(?i:password|pwd)=(?<secret>[^;\s'"`<>]{1,256});""", true },
        { "password-assignment", """(?i:password|passwd|pwd)\*{0,2}["']?\s{0,5}(?::=|=>|:|=)\*{0,2}\s{0,5}["'`]?(?<secret>[^\s"'`,;()<>\[\]{}]{6,256})""", true },
        { "generic-secret", """(?i:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key)(?i:[_.-]?(?:key|value|token))?\*{0,2}["']?\s{0,5}(?::=|=>|:|=)\*{0,2}\s{0,5}["'`]?(?<secret>[^\s"'`,;()<>\[\]{}]{8,256})""", true },
    };

    // What the patterns look for, and what stands between: texts of these find secrets, near-misses and runs that end badly.
    private static readonly string[] Pieces =
    [
        PrivateKeyLine, Join("-----BEGIN ", "PRIVATE KEY-----"), Join("-----END RSA ", "PRIVATE KEY-----"), "-----BEGIN", "PRIVATE KEY",
        "Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,AB12", "a: ", "x:y", Join("MIIE", Random(60, seed: 31)),
        "aws_secret_access_key", "AWS_SK", "aws.secret", Random(40, Base64Alphabet, seed: 32), "AccountKey", "SharedAccessKey",
        Random(36, Base64Alphabet, seed: 33), "==", "?sig=", "&SIG=", "sig", "hooks.slack.com/services/", "hooks.slack.com/triggers/",
        Join("T0A1B2C3D/", Random(34, seed: 34)), Base64Url("{\"alg\":\"HS256\"}"), Base64Url("{\"sub\":\"1\"}"), Join("ewo", Random(20, seed: 35)),
        Random(43, seed: 36), "ey", "https://", "ftp://", "user", Join("p4ss", "-W0rd!"), "@", "@db.example.com", "[::1]",
        "Server=db", "Data Source = x", "Password", "pwd", "passwd", "PASSWORD", "token", "api_key", "access-key", "auth_key", "private_key",
        "_value", ".token", "secret", Join("K8s#", "s3cr3t!Val"), Join("Tr0ub", "4dor&3xY"), "hunter2", "value", "read()", "form.value",
        "=", ":", ":=", "=>", ";", "*", "**", "\"", "'", "`", " ", "  ", "\t", "\n", "\r\n", ".", "-", "_", "/", "+", "%2B", "a", "Z", "9",
        "é", "令牌", "<", "(", "{",
    ];

    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static readonly Gen<string> Text = Gen.OneOf(Pieces).Array[1, 40].Select(pieces => string.Concat(pieces));

    [Theory]
    [MemberData(nameof(Replaced))]
    public void The_rewritten_rule_finds_what_the_replaced_form_found(string id, string replaced, bool nonBacktracking)
    {
        var before = new Regex(replaced, Options | (nonBacktracking ? RegexOptions.NonBacktracking : RegexOptions.None));
        var now = SecretRuleSet.Default.Patterns.Single(p => p.Id == id);
        Assert.False(now.Regex.Options.HasFlag(RegexOptions.NonBacktracking));

        Text.Sample(
            text =>
            {
                var was = Matches(before, text);
                var found = Matches(now, text);
                if (id is "generic-secret" or "connection-string-password" or "password-assignment")
                {
                    // Attempts start at the operator and look behind it for the name: a name inside the text an earlier match took
                    // counts too, so a secret may be found that was not, and take in one that was (never losing it: the scanner goes
                    // on from an operator inside a secret). An extra secret stands near one that was found, or is a `password=...;`.
                    Assert.All(was, m => Assert.Contains(found, f => f.Secret.Index <= m.Secret.Index && m.Secret.Index + m.Secret.Length <= f.Secret.Index + f.Secret.Length));
                    Assert.All(found.Where(f => !was.Any(m => m.Secret == f.Secret)), f => Assert.True(
                        was.Any(m => m.Match.Index < f.Secret.Index && m.Match.Index + m.Match.Length > f.Match.Index - 64) || AfterPasswordName(text, f.Secret.Index),
                        text));
                    return;
                }

                var expected = was.Where(m => !Exempt(id, text, m)).Select(m => m.Secret).ToList();
                Assert.Equal(expected, found.Where(m => !Exempt(id, text, m)).Select(m => m.Secret));
            },
            iter: 3000);
    }

    [Theory]
    [InlineData("header", "private-key")]
    [InlineData("jwt", "jwt")]
    [InlineData("connection", "connection-string-password")]
    public void Each_rewritten_rule_still_finds_its_secret(string example, string id)
    {
        var text = example switch
        {
            "header" => PrivateKeyLine + "\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,AB12\n\n" + Join("MIIE", Random(60, seed: 31)) + "\n",
            "jwt" => "token: " + Jwt(),
            _ => Join("Server=db;Password=", "K8s#s3cr3t!Val;"),
        };
        var now = SecretRuleSet.Default.Patterns.Single(p => p.Id == id);

        Assert.NotEmpty(Matches(now.Regex, text));
    }

    [Fact]
    public void A_secret_whose_name_and_operator_an_earlier_secret_took_in_is_still_found_and_redacted()
    {
        // Found by the property above: the name PASSWORD inside the first secret starts a second one that runs over
        // `Password=`, and the assignment after it was lost (the backtracking form consumed the name with the first secret).
        var later = Join("hunter2", "p4ss-W0rd!/.user");
        var text = Join("SharedAccessKey==PASSWORD\t:", Random(36, Base64Alphabet, seed: 33), "Password=>", later);

        var scan = SecretScanner.Default.ScanAll(text);

        Assert.Contains(scan.Matches, m => text.Substring(m.Offset, m.Length) == later);
        Assert.DoesNotContain(later, PlanTextRedaction.Of(text).Redact(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=>")]
    [InlineData(" = ")]
    public void A_secret_assigned_inside_an_earlier_password_value_is_redacted(string assignment)
    {
        // password-assignment starts at the name: its first value runs up to `>` or the space, over the second name.
        var later = Join("Hunter", "22!q7Rk");
        var text = Join("pw", "d=Xq9#mK", "Pass", "word", assignment, later);

        Assert.DoesNotContain(later, PlanTextRedaction.Of(text).Redact(text), StringComparison.Ordinal);
    }

    // The one difference beside the operator-anchored rules, by design. private-key: a header line (Proc-Type: ...) is read to
    // its end, so a key on the same line as a header is found only after the line's last space (the replaced form tried every
    // space of the line, which made it quadratic).
    private static bool Exempt(string id, string text, ((int Index, int Length) Match, (int Index, int Length) Secret) found) =>
        id == "private-key" && OnAHeadersLine(text, found.Secret.Index);

    private static bool AfterPasswordName(string text, int secret) =>
        text.AsSpan(0, secret).EndsWith("password=", StringComparison.OrdinalIgnoreCase) || text.AsSpan(0, secret).EndsWith("pwd=", StringComparison.OrdinalIgnoreCase);

    private static bool OnAHeadersLine(string text, int index)
    {
        var lineStart = text.LastIndexOfAny(['\r', '\n'], Math.Max(0, index - 1)) + 1;
        return lineStart < index && text.AsSpan(lineStart, index - lineStart).Contains(':');
    }

    private static List<((int Index, int Length) Match, (int Index, int Length) Secret)> Matches(Regex regex, string text) =>
        Secrets(All(regex, text));

    // The matches the scanner itself takes of a rule (it goes on from an operator inside a secret: see SecretScanner.Matches).
    private static List<((int Index, int Length) Match, (int Index, int Length) Secret)> Matches(SecretPattern pattern, string text) =>
        Secrets(SecretScanner.Matches(pattern, text));

    private static IEnumerable<Match> All(Regex regex, string text)
    {
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
        {
            yield return m;
        }
    }

    private static List<((int Index, int Length) Match, (int Index, int Length) Secret)> Secrets(IEnumerable<Match> matches)
    {
        var found = new List<((int, int), (int, int))>();
        foreach (var m in matches)
        {
            var secret = m.Groups["secret"];
            if (secret.Success)
            {
                found.Add(((m.Index, m.Length), (secret.Index, secret.Length)));
            }
        }

        return found;
    }
}
