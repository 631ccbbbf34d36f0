using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Schema;

namespace ExecPlan.Migration;

/// <summary>
/// Checkboxes outside Progress as plain bullets that keep their state in words: `- [x] Ran the tests.` becomes
/// `- (done) Ran the tests.`, `- [ ] Update the docs.` becomes `- (open) Update the docs.` (EXP0803's help: "use plain bullets
/// elsewhere"). They stay where they were: a Definition of Done or a task list under Plan of Work means something there, and moving
/// it into Progress would make its items the plan's progress, which they may not be.
/// </summary>
internal static class TaskItemBullets
{
    private static PlanSchema Target => PlanSchemas.ExecPlan;

    /// <summary>The text with every task-list item outside Progress (at any depth, the preamble included) written as a plain bullet.</summary>
    public static string Rewrite(string path, string text)
    {
        var document = PlanParser.Parse(path, text, Target);
        var progress = Target.Section(SchemaRoles.Progress);
        var edits = new List<TextEdit>();
        foreach (var task in document.TaskItems)
        {
            if (progress is not null && document.SectionAt(task.Range.Start) is { } section && section.Is(progress))
            {
                continue;
            }

            // The checkbox stands between the list marker and the content: `[x]` or `[ ]`, replaced in place.
            var open = text.IndexOf('[', task.Range.Start, Math.Max(0, task.ContentStart - task.Range.Start));
            var close = open < 0 ? -1 : text.IndexOf(']', open, Math.Max(0, task.ContentStart - open));
            if (close > open)
            {
                edits.Add(FixText.Replace(document, open, close + 1, task.Checked == true ? MigrationText.DoneItem : MigrationText.OpenItem));
            }
        }

        return edits.Count == 0 ? text : MigrationEdits.Apply(text, edits);
    }
}
