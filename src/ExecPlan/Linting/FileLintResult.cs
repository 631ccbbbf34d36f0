using ExecPlan.Diagnostics;
using ExecPlan.Rules.Secrets;

namespace ExecPlan.Linting;

/// <summary>What linting one file gives the run: its report, its front-matter id (for EXP0109), and the redaction of its secrets (for what the run adds to the report).</summary>
/// <param name="Report">The file's findings.</param>
/// <param name="Id">The front-matter id, or null.</param>
/// <param name="IdSpan">Where the id's value stands.</param>
/// <param name="Redaction">The redaction of the secrets found in the file.</param>
internal sealed record FileLintResult(FileReport Report, string? Id, SourceSpan IdSpan, SecretRedaction Redaction)
{
    /// <summary>Report, id and its span, as the tests read them.</summary>
    public void Deconstruct(out FileReport report, out string? id, out SourceSpan idSpan) => (report, id, idSpan) = (Report, Id, IdSpan);
}
