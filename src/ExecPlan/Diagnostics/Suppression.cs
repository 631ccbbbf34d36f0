namespace ExecPlan.Diagnostics;

/// <summary>Why a finding was suppressed: the comment's kind and the reason written after ` -- `.</summary>
/// <param name="Kind">disable, disable-next-line, disable-file or config.</param>
/// <param name="Reason">The reason, or null when none was given.</param>
/// <param name="Line">The line of the suppression comment (0 for config).</param>
public sealed record Suppression(string Kind, string? Reason, int Line);
