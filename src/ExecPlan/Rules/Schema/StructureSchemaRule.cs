namespace ExecPlan.Rules.Schema;

/// <summary>Runs the generated structure validator: sections per level, order, duplicates, subsections, line fields.</summary>
internal sealed class StructureSchemaRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context) => context.Document.Schema.Data.ValidateStructure?.Invoke(new StructureChecks(context));
}
