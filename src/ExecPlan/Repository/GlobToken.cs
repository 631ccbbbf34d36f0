namespace ExecPlan.Repository;

/// <summary>One element of a path segment pattern: a literal character, <c>?</c> (any one character) or <c>*</c> (any run).</summary>
/// <param name="Kind">What the element matches.</param>
/// <param name="Char">The literal character, for <see cref="GlobTokenKind.Literal"/>.</param>
internal readonly record struct GlobToken(GlobTokenKind Kind, char Char = '\0');

/// <summary>The kinds of <see cref="GlobToken"/>.</summary>
internal enum GlobTokenKind
{
    /// <summary>Exactly this character.</summary>
    Literal,

    /// <summary>Any one character (<c>?</c>, or a bracket class <c>[...]</c>, over-approximated).</summary>
    AnyChar,

    /// <summary>Any run of characters within the segment (<c>*</c>).</summary>
    Star,
}
