using System.Text;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Turns schema texts into C# identifiers: PascalCase of the words, `&amp;` read as "And".</summary>
internal static class Identifier
{
    /// <summary>The identifier for a text, or an empty string when the text has no letters or digits.</summary>
    public static string From(string text)
    {
        var result = new StringBuilder();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (IsSeparator(c))
            {
                Flush(word, result);
                if (c == '&')
                {
                    result.Append("And");
                }
            }

            // Other punctuation (an apostrophe, a dot inside a word) is dropped without splitting the word.
        }

        Flush(word, result);
        if (result.Length > 0 && char.IsDigit(result[0]))
        {
            result.Insert(0, '_');
        }

        return result.ToString();
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '_' or '-' or '/' or '&' or '(' or ')' or ',' or ':';

    private static void Flush(StringBuilder word, StringBuilder result)
    {
        if (word.Length == 0)
        {
            return;
        }

        // An all-capitals word (DRAFT, PII) is a shout, not an acronym to keep; a mixed-case word keeps its humps.
        var shouted = true;
        foreach (var c in word.ToString())
        {
            shouted &= !char.IsLower(c);
        }

        result.Append(char.ToUpperInvariant(word[0]));
        var rest = word.ToString(1, word.Length - 1);
        result.Append(shouted ? rest.ToLowerInvariant() : rest);
        word.Clear();
    }
}
