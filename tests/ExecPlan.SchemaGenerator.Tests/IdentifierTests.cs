using ExecPlan.SchemaGenerator.Emitting;

namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>The one identifier rule used for every generated name.</summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("IN_PROGRESS", "InProgress")]
    [InlineData("codex-strict", "CodexStrict")]
    [InlineData("Secrets & PII", "SecretsAndPii")]
    [InlineData("Approval-Required Operations", "ApprovalRequiredOperations")]
    [InlineData("Acceptance/Test", "AcceptanceTest")]
    [InlineData("Purpose / Big Picture", "PurposeBigPicture")]
    [InlineData("ProgressItem", "ProgressItem")]
    [InlineData("missing-required-section", "MissingRequiredSection")]
    [InlineData("Next Action", "NextAction")]
    [InlineData("don't", "Dont")]
    [InlineData("1st step", "_1stStep")]
    [InlineData("--", "")]
    public void Schema_texts_become_PascalCase_identifiers(string text, string identifier) =>
        Assert.Equal(identifier, Identifier.From(text));
}
