using System.Text;

namespace ExecPlan.Migration;

/// <summary>A name as an id: lower-case letters and digits, words joined by hyphens.</summary>
internal static class Slug
{
    /// <summary>The slug of <paramref name="text"/>, or null when nothing of it is a letter or digit.</summary>
    public static string? Of(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' && slug.Length > 0 && slug[^1] != '-' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().Trim('-');
        return id.Length == 0 ? null : id;
    }
}
