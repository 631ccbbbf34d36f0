using System.Buffers;
using System.Text.RegularExpressions;

namespace ExecPlan.Secrets;

/// <summary>One rule of the secret rule set, as declared in <c>secret-patterns.yaml</c>.</summary>
/// <param name="Id">Stable rule identifier, reported with each match.</param>
/// <param name="Kind">Human name of what the rule finds, such as "AWS access key ID".</param>
/// <param name="Regex">The compiled pattern.</param>
/// <param name="SecretGroup">Name of the group holding the secret, or null for the whole match.</param>
/// <param name="Keywords">Prefilter: the rule runs only when the text contains one of these (case-insensitive); empty means always.</param>
/// <param name="MinEntropy">Minimum Shannon entropy of the secret in bits per character; 0 disables the gate.</param>
/// <param name="MinCharClasses">Minimum number of character classes (lower, upper, digit, other) in the secret.</param>
/// <param name="Validation">An extra structural check.</param>
/// <param name="Allowlist">Patterns that mark this rule's candidate as a placeholder, on top of the rule set's own.</param>
/// <param name="NotBefore">Characters that may not stand right before the secret (an ASCII word boundary, say), or null.</param>
/// <param name="NotAfter">Characters that may not stand right after the secret, or null.</param>
public sealed record SecretPattern(
    string Id,
    string Kind,
    Regex Regex,
    string? SecretGroup,
    IReadOnlyList<string> Keywords,
    double MinEntropy,
    int MinCharClasses,
    SecretValidation Validation,
    IReadOnlyList<Regex> Allowlist,
    SearchValues<char>? NotBefore = null,
    SearchValues<char>? NotAfter = null);
