namespace ExecPlan.Rules.Schema;

/// <summary>Runs the generated entry validator: every entry has the fields its kind requires.</summary>
internal sealed class EntrySchemaRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context) => context.Document.Schema.Data.ValidateEntries?.Invoke(new EntryChecks(context));
}
