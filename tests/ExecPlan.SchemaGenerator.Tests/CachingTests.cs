using Microsoft.CodeAnalysis;

namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>An equal schema in a new AdditionalText must not re-run the parse or the emit.</summary>
public sealed class CachingTests
{
    [Fact]
    public void An_equal_schema_reuses_every_step_and_the_source_output()
    {
        var first = GeneratorHarness.Schema(RepositoryFiles.SchemaPath);
        var second = GeneratorHarness.Schema(RepositoryFiles.SchemaPath);
        var compilation = GeneratorHarness.EngineCompilation();
        var driver = GeneratorHarness.CreateDriver(first).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(first, second).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(SchemaGenerator.SourceStep, result.TrackedSteps.Keys);
        Assert.Contains(SchemaGenerator.ParseStep, result.TrackedSteps.Keys);
        Assert.Contains(SchemaGenerator.IdentityStep, result.TrackedSteps.Keys);
        var stepOutputs = result.TrackedSteps
            .Where(step => step.Key is SchemaGenerator.SourceStep or SchemaGenerator.ParseStep or SchemaGenerator.IdentityStep)
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (step.Key, output.Reason))))
            .ToList();
        Assert.NotEmpty(stepOutputs);
        Assert.All(stepOutputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"{output.Key} was {output.Reason}"));
        var sourceOutputs = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).ToList();
        Assert.NotEmpty(sourceOutputs);
        Assert.All(sourceOutputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void A_changed_compilation_does_not_re_run_the_schema_steps()
    {
        var schema = GeneratorHarness.Schema(RepositoryFiles.SchemaPath);
        var compilation = GeneratorHarness.EngineCompilation();
        var driver = GeneratorHarness.CreateDriver(schema).RunGenerators(compilation);

        var changed = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Other; internal static class Unrelated { }"));
        driver = driver.RunGenerators(changed);

        var result = driver.GetRunResult().Results.Single();
        Assert.All(
            result.TrackedSteps[SchemaGenerator.ParseStep].SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_schema_re_emits_only_that_schema()
    {
        var execPlan = GeneratorHarness.Schema(RepositoryFiles.SchemaPath);
        var cookbook = GeneratorHarness.Schema(RepositoryFiles.CookbookSchemaPath);
        var edited = new InMemoryAdditionalText(
            cookbook.Path,
            File.ReadAllText(cookbook.Path).Replace("description: How to cook it.", "description: How to cook it well.", StringComparison.Ordinal));
        var compilation = GeneratorHarness.EngineCompilation();
        var driver = GeneratorHarness.CreateDriver(execPlan, cookbook).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(cookbook, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var reasons = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("How to cook it well.", StringComparison.Ordinal));
    }
}
