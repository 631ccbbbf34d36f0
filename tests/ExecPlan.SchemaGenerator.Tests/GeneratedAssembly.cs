using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>Compiles the generated code with the engine sources and loads it, so tests can call the generated API.</summary>
internal static class GeneratedAssembly
{
    private static readonly Lazy<Assembly> Loaded = new(Load);

    public static Assembly ForRealSchema => Loaded.Value;

    public static object? Static(string typeName, string member)
    {
        var type = ForRealSchema.GetType(typeName, throwOnError: true)!;
        return type.GetProperty(member)?.GetValue(null) ?? type.GetField(member)?.GetValue(null);
    }

    public static object? Call(string typeName, string method, params object?[] arguments) =>
        ForRealSchema.GetType(typeName, throwOnError: true)!.GetMethod(method)!.Invoke(null, arguments);

    public static T Get<T>(object instance, string property) => (T)instance.GetType().GetProperty(property)!.GetValue(instance)!;

    private static Assembly Load()
    {
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.Schema(RepositoryFiles.SchemaPath));
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext("GeneratedSchema", isCollectible: true).LoadFromStream(stream);
    }
}
