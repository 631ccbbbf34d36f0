using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>An additional file held in memory, as the compiler would hand a schema to the generator.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText content = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => content;
}
