using System.Text.RegularExpressions;
using CsCheck;
using ExecPlan.Model;
using ExecPlan.Schema.Generated;
using Xunit.Abstractions;

namespace ExecPlan.Hardness.Tests;

/// <summary>
/// The hand-written field scanners against the regular expressions they replaced (kept here as the oracle): on random
/// text built from the characters that matter to the grammar, both must find the same fields at the same offsets.
/// </summary>
public sealed class FieldSyntaxTests(ITestOutputHelper output)
{
    private static readonly Regex LineFieldOracle = new(
        @"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?<name>[A-Za-z][A-Za-z /&-]{0,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]+(?<value>.*)|[ \t]*)$",
        RegexOptions.CultureInvariant);

    private static readonly string[] LineTokens =
    [
        " ", "  ", "\t", "-", "- ", "* ", "+ ", "*", "+", "**", "__", "_", ":", ": ", "::", "Status", "status", "Owner", "a", "Z", "x y",
        "/", "&", "-", "`", "1", "é", ".", new string('n', 38), "(", ")",
    ];

    private static readonly string[] EntryTokens =
    [
        " ", "  ", "\t", "\n", "\r\n", "\r", "- ", "* ", "+ ", "-", "*", "+", ">", "> ", "**", "__", "_", ":", ": ", "(", ")", ";", "; ", ",", ", ", " - ",
        "x", "word", "Decision", "decision", "DECISION", "Rationale", "Author", "author", "Owner", "Evidence", "From", "from", "To", "to", "Intent",
        "Acceptance/Test", "acceptance/test", "Criterion", "Verify", "Expected", "Retrieved", "Source", "Notes", "Changes", "Message", "é",
        " (local)", "(", "((", " (", ")", "(x)",
    ];

    public static IEnumerable<object[]> Kinds => Entries.All.Select(k => new object[] { k.Name });

    [Fact]
    public void Line_fields_match_the_grammar() =>
        Gen.OneOf(LineTokens).Array[0, 14].Select(string.Concat).Sample(line =>
        {
            var expected = LineFieldOracle.Match(line);
            var found = FieldSyntax.TryLineField(line, out var name, out var valueStart);
            Assert.Equal(expected.Success, found);
            if (found)
            {
                Assert.Equal(expected.Groups["name"].Value, line[name]);
                var value = expected.Groups["value"];
                Assert.Equal(value.Success ? value.Index : -1, valueStart);
            }
        }, iter: FuzzTime.Iterations(20_000), time: FuzzTime.Seconds, writeLine: output.WriteLine);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Entry_fields_match_the_grammar(string kindName)
    {
        var names = EntryReader.Names(Entries.All.Single(k => k.Name == kindName));
        var oracle = EntryFieldOracle(names);
        Gen.OneOf(EntryTokens).Array[0, 24].Select(string.Concat).Sample(text =>
        {
            var found = new List<(int Start, int ValueStart)>();
            FieldSyntax.Fields(text, names, found);
            var expected = oracle.Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();
            Assert.Equal(expected, found);
        }, iter: FuzzTime.Iterations(20_000), time: FuzzTime.Seconds, writeLine: output.WriteLine);
    }

    [Theory]
    [InlineData("Decision: a", new[] { 0, 10 })]
    [InlineData("x (decision: a; Rationale: b)", new[] { 3, 13, 16, 27 })]
    [InlineData("**Decision:** a", new[] { 0, 14 })]
    [InlineData("**Decision**: a", new[] { 0, 14 })]
    [InlineData("x decision: a", new int[0])]
    [InlineData("x Decision: a", new[] { 2, 12 })]
    [InlineData("x - decision: a", new[] { 4, 14 })]
    [InlineData("a\n  > - rationale:b", new[] { 8, 18 })]
    [InlineData("Decision: Decision: a", new[] { 0, 10, 10, 20 })]
    [InlineData("x **Decision**: a", new int[0])]
    [InlineData("Decisions: a", new int[0])]
    [InlineData("Rationale (local): b", new[] { 0, 19 })]
    [InlineData("**Rationale** (CI): b", new[] { 0, 20 })]
    [InlineData("**Rationale (CI)**: b", new[] { 0, 20 })]
    [InlineData("x (Rationale (why): b)", new[] { 3, 20 })]
    [InlineData("Rationale (a)(b): c", new int[0])]
    [InlineData("Rationale (a\nb): c", new int[0])]
    [InlineData("Rationale(; Author: x): c", new[] { 12, 20 })]
    public void Entry_field_examples(string text, int[] expected)
    {
        var names = EntryReader.Names(Entries.All.Single(k => k.Name == "Decision"));
        var found = new List<(int Start, int ValueStart)>();
        FieldSyntax.Fields(text, names, found);
        Assert.Equal(expected, found.SelectMany(f => new[] { f.Start, f.ValueStart }));
        Assert.Equal(expected, EntryFieldOracle(names).Matches(text).SelectMany(m => new[] { m.Index, m.Index + m.Length }));
    }

    // The expression the entry reader used before the scanner: the grammar, written as a regular expression.
    private static Regex EntryFieldOracle(string[] names)
    {
        var alternatives = string.Join('|', names.Select(Regex.Escape));
        return new Regex(
            @"(?:(?<=^|[\r\n][ \t>]*(?:[-*+][ \t]+)?|[(;,][ \t]*|[ \t]-[ \t]|^[ \t]*)(?:\*\*|__)?(?i:" + alternatives + @")|(?<=[ \t])(?:" + alternatives + @"))(?:(?:\*\*|__)?[ \t]*\([^():\r\n]{0,60}\))?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*",
            RegexOptions.CultureInvariant);
    }
}
