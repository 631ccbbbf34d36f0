using ExecPlan.Secrets;
using static ExecPlan.Tests.Infrastructure.FakeSecrets;

namespace ExecPlan.Tests.Content.Secrets;

public class SecretScannerTests
{
    /// <summary>Text holding one secret, the rule that must find it, and the secret itself.</summary>
    public static TheoryData<string, string, string> TruePositives()
    {
        var data = new TheoryData<string, string, string>();
        void Add(string before, string secret, string after, string rule) => data.Add(before + secret + after, rule, secret);

        var key = PrivateKey();
        data.Add("Key:\n" + key + "\n", "private-key", key.Split('\n')[1]);
        Add("id ", Join("AKIA", "Z7QX2MB4LKPW3RTY"), " in CI", "aws-access-key-id");
        Add("temp ", Join("ASIA", "Z7QX2MB4LKPW3RTY"), ".", "aws-access-key-id");
        Add("aws_secret_access_key = ", Random(40, seed: 5), "\n", "aws-secret-access-key");
        Add("export GH=", Join("gh", "p_", Random(36)), "", "github-token");
        Add("oauth ", Join("gh", "o_", Random(36, seed: 1)), " used", "github-token");
        Add("app ", Join("gh", "s_", Random(36, seed: 2)), " used", "github-token");
        Add("(", Join("github", "_pat_", "11ABCDEFG0", Random(40, seed: 4), "_", Random(20, seed: 9)), ")", "github-fine-grained-token");
        Add("gitlab ", Join("gl", "pat-", Random(20, seed: 6)), " here", "gitlab-token");
        Add("bot ", Join("xo", "xb-", "1234567890123-1234567890123-", Random(24, seed: 8)), " x", "slack-token");
        Add("https://hooks.slack.com/services/", Join("T024BE7LD/", "B0A1B2C3D/", Random(24, seed: 10)), " posts", "slack-webhook");
        Add("stripe ", Join("sk", "_live_", Random(24, seed: 13)), " x", "stripe-key");
        Add("stripe ", Join("rk", "_live_", Random(24, seed: 14)), " x", "stripe-key");
        Add("stripe ", Join("sk", "_test_", Random(24, seed: 15)), " x", "stripe-key");
        Add("maps ", Join("AI", "za", Random(35, seed: 16)), " x", "google-api-key");
        Add("OPENAI=", Join("sk", "-proj-", Random(48, seed: 17)), "\n", "openai-api-key");
        Add("legacy ", Join("sk", "-", Random(48, seed: 18)), "\n", "openai-api-key");
        Add("claude ", Join("sk", "-ant-api03-", Random(48, seed: 19)), "\n", "anthropic-api-key");
        Add("Authorization: Bearer ", Jwt(), "\n", "jwt");
        Add("DATABASE_URL=postgres://app:", Join("s3cr", "3tP4ss"), "@db.internal:5432/app", "url-credentials");
        Add("git clone https://deploy:", Join("Zq8", "Lw2x"), "@git.internal/repo.git", "url-credentials");
        Add("postgres://postgres:", Join("postgres", "-Zq8Lw2x"), "@db.internal/app", "url-credentials"); // more than the user's name
        Add("Server=db;Database=app;User Id=sa;Password=", Join("Xk9#", "pq2Lm"), ";", "connection-string-password");
        Add("Host=db;Username=app;Pwd=", Join("hu", "nter2"), "", "connection-string-password");
        Add("\"Data Source=db; Initial Catalog=app; password = ", Join("sun", "shine"), "\"", "connection-string-password");
        Add("Password=", Join("sun", "shine"), ";Server=db", "connection-string-password");
        Add("api_key = ", Join("a8f3Kd92", "LmQz7Xw1Pq4R"), "\n", "generic-secret");
        Add("client_secret: \"", Join("Zx8Qw2Ls9", "Kd7Fj3Hg6Tp"), "\"", "generic-secret");
        Add("- **Token:** `", Join("c9d8e7f6a5b4", "c3d2e1f0a9b8c7d6"), "`", "generic-secret");
        Add("SECRET_KEY=", Join("dj4ng0-s3cr3t-", "k3y-9x8w7v6u"), "\n", "generic-secret");
        Add("password: ", Join("Tr0ub4", "dor&3"), "\n", "password-assignment");
        Add("DB_PASSWORD=", Join("P@ssw0rd!", "2024"), "\n", "password-assignment");
        Add("PGPASSWORD=", Join("Zx81", "!kq"), " psql", "password-assignment");
        Add("SECRET: ", Join("aGVsbG8gd29ybGQgdGhp", "cyBpcyBiYXNlNjQ="), "\n", "generic-secret");
        // Dotted, but not a member access: a name's random part mixes case and digits.
        Add("token: ", Join("MTk4NjIyNDgzNDcx", "OTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs"), "\n", "generic-secret");
        Add("api_key = ", Join("svc.", "Xk29fJs8Dk2mQ7pL"), "\n", "generic-secret");
        // Words, a dot, digits and a `!`: a password, not a member access.
        Add("password: ", Join("Company.", "Admin99!"), "\n", "password-assignment");
        Add("password = ", Join("Welcome.", "Home1!"), "\n", "password-assignment");
        Add("Server=db;User Id=sa;Password=", Join("Summer.", "Sun123!"), ";", "connection-string-password");
        Add("password: ", Join("P@ss.", "Word1!"), "\n", "password-assignment");
        return data;
    }

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_each_kind_of_secret(string text, string rule, string secret)
    {
        var match = Assert.Single(SecretScanner.Default.Scan(text));

        Assert.Equal(rule, match.RuleId);
        Assert.Equal(secret, text.Substring(match.Offset, match.Length));
        Assert.False(string.IsNullOrEmpty(match.Kind));
    }

    public static TheoryData<string> FalsePositives() =>
    [
        "### Secrets & PII\n- Never paste secrets into this plan or logs; use `<REDACTED>` placeholders.",
        "password: <REDACTED>",
        "token: ${GITHUB_TOKEN}",
        "export TOKEN=$GITHUB_TOKEN and api_key=%API_KEY%",
        "token: GITHUB_TOKEN_FOR_CI",
        "api_key: <your-api-key>",
        "password: ********  secret: ••••••••",
        "client_secret: {{ secrets.CLIENT_SECRET }}",
        "Commit 3f1e2d4c5b6a79880123456789abcdef01234567 fixed it; token: 3f1e2d4c5b6a79880123456789abcdef01234567",
        "secret: 123e4567-e89b-12d3-a456-426614174000",
        "- Source: https://example.com/spec and http://localhost:3000/api/notifications/unread-count",
        "https://user:<REDACTED>@host/x and https://user:***@github.com and https://ci:${PASS}@host",
        "postgres://user:password@localhost/db and ssh://git@github.com:22/org/repo.git",
        "The token: expires hourly. Next Action: rotate the access token: see runbook.",
        "token = response.data.accessToken; token_path: /run/secrets/github_token",
        "Tokens: 12345678 and token_count: 1234567890 and tokenizer = fast",
        "password_policy: minimum-length-12 and password: not-set-yet",
        "use sk-learn, a risk-based plan, disk-usage-monitoring-tool, sk-learn-is-a-python-library",
        "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "versions 1.2.3, 10.0.100, host 192.168.1.10:8080, uuid 123e4567-e89b-12d3-a456-426614174000",
        "-----BEGIN RSA PRIVATE KEY----- blocks must never be pasted into a plan.",
        "eyes.eyebrows.eyelashes and eyJhbGciOiJIUzI1NiJ9.e30 and eyJub3QiOiJqd3QifQ.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz",
        "Password=<REDACTED>; Password=${DB_PASSWORD};",
        "- 2025-11-22T14:00:00Z - Ran `dotnet user-secrets set Api:Key <REDACTED>` -> PASS (Owner: agent-01)",
        "AKIAIOSFODNN7EXAMPLE is AWS's documentation key; xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx",
        "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "secret: correct-horse-battery and token: prefix-based and Secret: project-scoped",
        "const token = process.env.GITHUB_TOKEN; password = os.environ[\"DB_PASSWORD\"]; api_key = get_secret(\"x\")",
        "token: \"${{ secrets.GITHUB_TOKEN }}\" and Authorization: Bearer $TOKEN",
        "max_tokens: 1024, token_limit = 4096, secret_name: prod-db-credentials-v2, --password=hunter2",
        "var c = new Conn(); c.password = userInput; pwd = read(x); user=a; password = form.value;",
        "secretAccessKey: process.env.S3_SECRET_ACCESS_KEY, apiKey: process.env.GEMINI_API_KEY_V2,",
        "password: import.meta.env.VITE_DB_PASSWORD_1, secret_key = settings.AWS_S3_SECRET, api_key: env.OPENAI_KEY_2",
        "apiKey: config.openai.apiKey, Server=db;Password=settings.DB_PASSWORD_2;",
        "this.password = this@ProductDataSourceConfig.password and apiKey: process.env.GOOGLE_GENERATIVE_AI_API_KEY!",
        "DATABASE_URL=postgres://postgres:postgres@localhost:5432/app and amqp://Guest:guest@rabbit:5672/",
    ];

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ordinary_plan_text_has_no_secrets(string text)
    {
        var matches = SecretScanner.Default.Scan(text);

        Assert.True(matches.Count == 0, string.Join("; ", matches.Select(m => $"{m.RuleId}: {text.Substring(m.Offset, m.Length)}")));
    }

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void No_output_shows_more_than_four_characters_of_the_secret(string text, string rule, string secret)
    {
        _ = rule;
        var match = Assert.Single(SecretScanner.Default.Scan(text));
        var outputs = new[] { match.ToString(), match.Preview(text), match.Kind, match.RuleId };

        Assert.True(match.Preview(text).Length <= SecretMatch.MaxPreviewLength);
        Assert.StartsWith(match.Preview(text), secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[..5], match.Preview(text), StringComparison.Ordinal);
        foreach (var output in outputs)
        {
            // The secret's random tail (its public prefix may share letters with a rule name) never shows.
            var tail = secret[Math.Max(SecretMatch.MaxPreviewLength, secret.Length - 16)..];
            for (var i = 0; i + 5 <= tail.Length; i++)
            {
                Assert.DoesNotContain(tail.Substring(i, 5), output, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Preview_of_a_short_secret_shows_at_most_half()
    {
        var text = Join("Host=db;Pwd=", "abc", "def");
        var match = Assert.Single(SecretScanner.Default.Scan(text));

        Assert.Equal("abc", match.Preview(text));
    }

    [Fact]
    public void Overlapping_matches_keep_the_more_specific_rule()
    {
        var text = Join("api_key: ", "sk", "-proj-", Random(48, seed: 21), " and https://x-access-token:", "gh", "p_", Random(36, seed: 22), "@github.com/o/r");

        var matches = SecretScanner.Default.Scan(text);

        Assert.Equal(["openai-api-key", "github-token"], matches.Select(m => m.RuleId));
    }

    [Fact]
    public void Matches_come_in_offset_order()
    {
        var text = Join("a ", "gh", "p_", Random(36), "\nb ", "AKIA", "Z7QX2MB4LKPW3RTY", "\nc ", Jwt());

        var matches = SecretScanner.Default.Scan(text);

        Assert.Equal(3, matches.Count);
        Assert.True(matches[0].Offset < matches[1].Offset && matches[1].Offset < matches[2].Offset);
    }

    [Fact]
    public void Empty_and_null_text_have_no_secrets()
    {
        Assert.Empty(SecretScanner.Default.Scan(string.Empty));
        Assert.Empty(SecretScanner.Default.Scan(null));
    }

    [Fact]
    public async Task Five_megabytes_of_plan_prose_scan_to_the_end_without_a_false_match()
    {
        const string paragraph =
            "- [x] 2025-11-22T14:00:00Z Ran `npm test` (Owner: agent-01) -> PASS; token: <REDACTED>, see https://example.com/a\n" +
            "  Decision: keep the password policy; api_key stays in the vault. Evidence: commit 3f1e2d4c5b6a79880123456789abcdef01234567\n" +
            "  Rationale: the access token expires hourly; secret rotation is tracked in ops-123. eyes sk-learn xoxb AIza.\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, (5 * 1024 * 1024) / paragraph.Length));
        // Its speed is the benchmarks' business (tests/ExecPlan.Benchmarks); here only that it ends: a minute means a hang.
        var scan = await Task.Run(() => SecretScanner.Default.ScanAll(text)).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Empty(scan.Matches);
        Assert.Empty(scan.Incomplete);
    }
}
