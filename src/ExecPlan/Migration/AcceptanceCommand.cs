using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Schema;

namespace ExecPlan.Migration;

/// <summary>
/// A Validation &amp; Acceptance written as prose with no command in it (EXP0503: "the section names at least one command") keeps its
/// prose and gets the section's template after it: a criterion with the `Verify:` command and the `Expected:` output as placeholders,
/// for the person who knows how the work is checked to fill.
/// </summary>
internal static class AcceptanceCommand
{
    private static PlanSchema Target => PlanSchemas.ExecPlan;

    /// <summary>The text with the template criterion after a Validation &amp; Acceptance that names no command; as it was otherwise.</summary>
    public static string Ensure(string path, string text)
    {
        var document = PlanParser.Parse(path, text, Target);
        if (document.SectionIn(SchemaRoles.Acceptance) is not { HasContent: true } section || document.Code.Overlaps(section.Body.Start, section.Body.End))
        {
            return text;
        }

        var body = document.TextOf(section.Body);
        var end = section.Body.Start + body.TrimEnd().Length;
        var at = FixText.NextLineStart(document, Math.Max(section.Body.Start, end - 1));
        var template = section.Descriptor!.Template.TrimEnd('\n') + "\n";
        return MigrationEdits.Apply(text, [FixText.InsertBlock(document, at, template)]);
    }
}
