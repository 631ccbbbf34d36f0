namespace ExecPlan.Model;

/// <summary>The YAML shape of a front-matter value.</summary>
public enum FrontMatterValueKind
{
    /// <summary>A scalar (string, number, date: kept as written).</summary>
    Scalar,

    /// <summary>A sequence (list).</summary>
    Sequence,

    /// <summary>A mapping.</summary>
    Mapping,

    /// <summary>An alias to an anchor (not expanded).</summary>
    Alias,
}
