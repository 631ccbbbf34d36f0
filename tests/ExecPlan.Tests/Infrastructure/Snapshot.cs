using ExecPlan.TestSupport;
namespace ExecPlan.Tests.Infrastructure;

/// <summary>Compares text with a checked-in `*.verified.txt`; on a difference writes `*.received.txt` beside it and fails.
/// To accept: review the received file and copy it over the verified one (or run the tests with ACCEPT_SNAPSHOTS=1).</summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual)
    {
        var folder = Path.Combine(RepositoryFiles.Root, "tests", "ExecPlan.Tests", "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"Snapshot '{name}' differs: compare {received} with {verified}; copy the received file over the verified one to accept.");
    }
}

/// <summary>Finds files of this repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = TestRepository.Root;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
