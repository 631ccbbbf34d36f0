using System.Text.Json;
using System.Text.Json.Serialization;
using ExecPlan.Cli.Mcp.Tools;

namespace ExecPlan.Cli.Mcp;

/// <summary>
/// The source-generated JSON of the tools' arguments and results (trim- and AOT-safe: no reflection-based serialization), camel-cased as the
/// JSON report; a null where an argument is not optional is an invalid value, as a wrong type is.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(IDictionary<string, JsonElement>))]
[JsonSerializable(typeof(LintPlanArguments))]
[JsonSerializable(typeof(LintPlanResult))]
[JsonSerializable(typeof(FixPlanArguments))]
[JsonSerializable(typeof(FixPlanResult))]
[JsonSerializable(typeof(ExplainRuleArguments))]
[JsonSerializable(typeof(RuleHelp))]
[JsonSerializable(typeof(NewPlanArguments))]
[JsonSerializable(typeof(NewPlanResult))]
[JsonSerializable(typeof(ListPlansArguments))]
[JsonSerializable(typeof(PlanList))]
internal sealed partial class McpJson : JsonSerializerContext;
