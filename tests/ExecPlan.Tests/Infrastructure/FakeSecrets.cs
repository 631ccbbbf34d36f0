namespace ExecPlan.Tests.Infrastructure;

/// <summary>Fake secrets for tests, assembled at run time so that the repository itself holds nothing a scanner would flag.</summary>
internal static class FakeSecrets
{
    public static string GitHubToken => "gh" + "p_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";

    public static string AwsAccessKey => "AK" + "IA" + "Z7QX3JLMNPRT5VW2";

    public static string PrivateKeyLine => "-----BEGIN " + "RSA PRIVATE KEY-----";

    public static string UrlPassword => "s3cr" + "etPa55w0rdZq";

    public static string UrlWithPassword => "https://deploy:" + UrlPassword + "@example.com/repo.git";

    public static IEnumerable<string> All => [GitHubToken, AwsAccessKey, UrlPassword];
}
