using ExecPlan.Secrets;

namespace ExecPlan.Hardness.Tests;

/// <summary>The secret scanner's keyword prefilter folds the text once; folding must equate exactly what OrdinalIgnoreCase equates with an ASCII letter.</summary>
public sealed class CaseFoldTests
{
    [Fact]
    public void Folding_agrees_with_ordinal_ignore_case_for_every_character()
    {
        var all = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            all[c] = (char)c;
        }

        var folded = new char[all.Length];
        SecretScanner.FoldCase(all, folded);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            for (var letter = 'a'; letter <= 'z'; letter++)
            {
                var same = string.Equals(((char)c).ToString(), letter.ToString(), StringComparison.OrdinalIgnoreCase);
                Assert.True(same == (folded[c] == letter), $"U+{c:X4} and '{letter}': OrdinalIgnoreCase says {same}, folding gives U+{(int)folded[c]:X4}");
            }

            if (!char.IsAsciiLetter(folded[c]))
            {
                Assert.Equal((char)c, folded[c]);
            }
        }
    }

    [Theory]
    [InlineData("my PassWord is x", "password")]
    [InlineData("a PRIVATE Key", "private key")]
    public void Keywords_are_found_in_any_case(string text, string keyword)
    {
        var folded = new char[text.Length];
        SecretScanner.FoldCase(text, folded);
        Assert.True(text.Contains(keyword, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(keyword, new string(folded), StringComparison.Ordinal);
    }
}
