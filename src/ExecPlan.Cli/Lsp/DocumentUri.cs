namespace ExecPlan.Cli.Lsp;

/// <summary>File URIs and paths: what the client names a document, and what the engine reads.</summary>
internal static class DocumentUri
{
    /// <summary>The full path of a file URI, or null for any other URI (untitled:, git:, a malformed one).</summary>
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(parsed.LocalPath);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>The file URI of a full path.</summary>
    public static string FromPath(string path) => new Uri(path).AbsoluteUri;
}
