using System.Text;

namespace ExecPlan.Content.Tests.Secrets;

/// <summary>Fake credentials assembled at run time, so this repository never holds a scannable secret.</summary>
internal static class FakeSecrets
{
    public const string Base62 = "q7Rk2Lm9XwPz4TbN8vYc3HdJ6sGf1QaE5uKo0iZr";

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
