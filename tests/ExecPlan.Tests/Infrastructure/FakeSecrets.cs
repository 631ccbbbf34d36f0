using System.Text;

namespace ExecPlan.Tests.Infrastructure;

/// <summary>Fake secrets for tests, assembled at run time so that the repository itself holds nothing a scanner would flag.</summary>
internal static class FakeSecrets
{
    public const string Base62 = "q7Rk2Lm9XwPz4TbN8vYc3HdJ6sGf1QaE5uKo0iZr";

    public static string GitHubToken => "gh" + "p_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";

    public static string AwsAccessKey => "AK" + "IA" + "Z7QX3JLMNPRT5VW2";

    public static string PrivateKeyLine => "-----BEGIN " + "RSA PRIVATE KEY-----";

    public static string UrlPassword => "s3cr" + "etPa55w0rdZq";

    public static string UrlWithPassword => "https://deploy:" + UrlPassword + "@example.com/repo.git";

    public static IEnumerable<string> All => [GitHubToken, AwsAccessKey, UrlPassword];

    public static string Join(params string[] parts) => string.Concat(parts);

    /// <summary>A deterministic high-entropy run of <paramref name="length"/> characters from <paramref name="alphabet"/>.</summary>
    public static string Random(int length, string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", int seed = 7)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    public static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Jwt() =>
        Join(Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"), ".", Base64Url("{\"sub\":\"1234567890\",\"name\":\"x\"}"), ".", Random(43, seed: 3));

    public static string PrivateKey() =>
        Join("-----BEGIN ", "RSA PRIVATE", " KEY-----\n", "MIIEow", Random(58, seed: 11), "\n", Random(64, seed: 12), "\n-----END ", "RSA PRIVATE", " KEY-----");
}
