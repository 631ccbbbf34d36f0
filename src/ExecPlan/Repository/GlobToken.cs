namespace ExecPlan.Repository;

/// <summary>One element of a path segment pattern: a literal character, <c>?</c> (any one character) or <c>*</c> (any run).</summary>
/// <param name="Kind">What the element matches.</param>
/// <param name="Char">The literal character, for <see cref="GlobTokenKind.Literal"/>.</param>
internal readonly record struct GlobToken(GlobTokenKind Kind, char Char = '\0');
