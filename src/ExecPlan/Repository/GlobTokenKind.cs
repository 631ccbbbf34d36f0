namespace ExecPlan.Repository;

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
