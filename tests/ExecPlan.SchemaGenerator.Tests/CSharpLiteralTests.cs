using ExecPlan.SchemaGenerator.Emitting;

namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>Strings reach the generated code as exact C# literals.</summary>
public sealed class CSharpLiteralTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\path", "\"C:\\\\path\"")]
    [InlineData("a\nb", "\"a\\nb\"")]
    [InlineData("1–3 …", "\"1–3 …\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData(null, "null")]
    public void Escapes_what_C_sharp_needs_and_keeps_other_text(string? text, string literal) =>
        Assert.Equal(literal, CSharpLiteral.Of(text));

    [Fact]
    public void Multi_line_text_becomes_one_literal_per_line() =>
        Assert.Equal(["\"a\\n\" +", "\"b\\n\""], CSharpLiteral.Lines("a\nb\n"));
}
