namespace ExecPlan.Cli.Lsp;

/// <summary>The documents the client has open, by URI; safe to use from the message thread and the lint thread at once.</summary>
internal sealed class OpenDocuments
{
    private readonly Dictionary<string, OpenDocument> _byUri = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    /// <summary>Opens (or reopens) a document.</summary>
    public OpenDocument Open(string uri, int version, string text)
    {
        var document = new OpenDocument(uri, DocumentUri.ToPath(uri), version, text);
        lock (_lock)
        {
            _byUri[uri] = document;
        }

        return document;
    }

    /// <summary>Replaces a document's text, or returns null when it is not open.</summary>
    public OpenDocument? Change(string uri, int? version, Func<OpenDocument, string> change)
    {
        lock (_lock)
        {
            if (!_byUri.TryGetValue(uri, out var document))
            {
                return null;
            }

            var changed = new OpenDocument(uri, document.Path, version ?? document.Version + 1, change(document));
            _byUri[uri] = changed;
            return changed;
        }
    }

    /// <summary>Closes a document; returns it, or null when it was not open.</summary>
    public OpenDocument? Close(string uri)
    {
        lock (_lock)
        {
            return _byUri.Remove(uri, out var document) ? document : null;
        }
    }

    /// <summary>The document open under the URI, or null.</summary>
    public OpenDocument? Find(string uri)
    {
        lock (_lock)
        {
            return _byUri.GetValueOrDefault(uri);
        }
    }

    /// <summary>Every open document, as they stand now.</summary>
    public IReadOnlyList<OpenDocument> All()
    {
        lock (_lock)
        {
            return [.. _byUri.Values];
        }
    }
}
