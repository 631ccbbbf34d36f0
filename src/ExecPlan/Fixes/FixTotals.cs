using System.Collections.Immutable;
using ExecPlan.Diagnostics;

namespace ExecPlan.Fixes;

/// <summary>What is left of a fix run once every file has been handed on.</summary>
/// <param name="RunDiagnostics">Findings not tied to a plan file: configuration (EXP0007) and repository rules (EXP09xx).</param>
/// <param name="Files">How many files were looked at.</param>
/// <param name="FilesFixed">How many files were (or, in a dry run, would be) changed.</param>
/// <param name="Fixes">How many findings were fixed.</param>
/// <param name="Errors">Active errors left after fixing, run-level findings included.</param>
/// <param name="ErrorsWithUnsafeFix">Of those, how many have an unsafe fix (when unsafe fixes were not asked for).</param>
/// <param name="Failures">Files that could not be written (read-only, changed meanwhile, a failed write).</param>
public sealed record FixTotals(ImmutableArray<Diagnostic> RunDiagnostics, int Files, int FilesFixed, int Fixes, int Errors, int ErrorsWithUnsafeFix, int Failures);
