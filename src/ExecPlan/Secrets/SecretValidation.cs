namespace ExecPlan.Secrets;

/// <summary>An extra structural check a candidate must pass before it is reported.</summary>
public enum SecretValidation
{
    /// <summary>No extra check.</summary>
    None,

    /// <summary>The first dot-separated part must decode (base64url) to a JSON object with an <c>alg</c> member.</summary>
    Jwt,

    /// <summary>The secret is not the match's group named <c>user</c>, in any case: <c>postgres://postgres:postgres@localhost</c> names a default.</summary>
    NotUser,
}
