namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>Which additional files the generator reads, and that their line endings do not leak into the output.</summary>
public sealed class InputFilterTests
{
    [Fact]
    public void Other_additional_files_are_ignored()
    {
        var (result, _) = GeneratorHarness.Run(
            new InMemoryAdditionalText("/repo/.execplan.yaml", "level: [not a schema"),
            new InMemoryAdditionalText("/repo/schema.yaml", "schema: ["));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void A_CRLF_checkout_of_the_schema_generates_the_same_LF_sources()
    {
        var text = File.ReadAllText(RepositoryFiles.SchemaPath).ReplaceLineEndings("\n");
        var (lf, _) = GeneratorHarness.Run(new InMemoryAdditionalText("/repo/execplan.schema.yaml", text));
        var (crlf, _) = GeneratorHarness.Run(new InMemoryAdditionalText("/repo/execplan.schema.yaml", text.Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Empty(crlf.Diagnostics);
        Assert.Equal(
            lf.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            crlf.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }
}
