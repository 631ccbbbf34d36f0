namespace ExecPlan.Build;

/// <summary>The project's TreatWarningsAsErrors, WarningsNotAsErrors and NoWarn, which MSBuild itself applies only to the compiler.</summary>
/// <param name="TreatWarningsAsErrors">Whether lint warnings become errors.</param>
/// <param name="NotAsErrors">Codes that stay warnings.</param>
/// <param name="NoWarn">Codes the project silences (MSBuild demotes them to messages; they must not be promoted first).</param>
internal sealed record WarningPolicy(bool TreatWarningsAsErrors, IReadOnlySet<string> NotAsErrors, IReadOnlySet<string> NoWarn)
{
    /// <summary>Warnings stay warnings.</summary>
    public static WarningPolicy None { get; } = new(false, new HashSet<string>(), new HashSet<string>());

    /// <summary>Reads the policy from the MSBuild property values (codes separated by ';' or ',').</summary>
    public static WarningPolicy From(bool treatWarningsAsErrors, string? notAsErrors, string? noWarn) =>
        new(treatWarningsAsErrors, Codes(notAsErrors), Codes(noWarn));

    /// <summary>Whether a warning with <paramref name="code"/> is to be logged as an error.</summary>
    public bool Promotes(string code) => TreatWarningsAsErrors && !NotAsErrors.Contains(code) && !NoWarn.Contains(code);

    private static HashSet<string> Codes(string? list) =>
        new(
            (list ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase);
}
