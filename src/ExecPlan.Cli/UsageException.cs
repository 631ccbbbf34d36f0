namespace ExecPlan.Cli;

/// <summary>A mistake in the command line; printed as one line with a hint, exit code 2.</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception with an empty message.</summary>
    public UsageException()
    {
    }

    /// <summary>Creates the exception with the line to print.</summary>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the line to print and its cause.</summary>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
