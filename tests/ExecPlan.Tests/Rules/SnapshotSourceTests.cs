using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>Only a snapshot's `Source:` backs a URL: a snapshot block written inline (Retrieved, Source, Notes) does, a lone `Source:` line does not.</summary>
public sealed class SnapshotSourceTests
{
    private const string Purpose = "Show a compliant plan.";

    [Fact]
    public void An_inline_snapshot_block_backs_its_url()
    {
        var text = Plans.With(Purpose, Purpose + " See https://example.com/spec.\n\nRetrieved: 2025-11-22T14:00:00Z\nSource: https://example.com/spec\nNotes: the spec asks for six fields.");
        Assert.DoesNotContain(Linter.Active(text), d => d.Id == RuleIds.ExternalUrlWithoutSnapshot);
    }

    [Fact]
    public void A_source_line_that_is_not_part_of_a_snapshot_backs_nothing()
    {
        var text = Plans.With(Purpose, Purpose + " See https://example.com/spec.\n\nSource: https://example.com/spec");
        var found = Linter.Active(text).Where(d => d.Id == RuleIds.ExternalUrlWithoutSnapshot).ToList();
        Assert.Equal(2, found.Count); // the link in the prose, and the one on the lone Source: line
    }

    [Fact]
    public void An_inline_snapshot_is_checked_where_it_stands()
    {
        var complete = Plans.With(Purpose, Purpose + "\n\nResearch Snapshot\nRetrieved: 2025-11-22T14:00:00Z\nSource: https://example.com/spec\nNotes: six fields.");
        Assert.DoesNotContain(Linter.Active(complete), d => d.Id == RuleIds.SnapshotIncomplete);

        var partial = Plans.With(Purpose, Purpose + "\n\nResearch Snapshot\nRetrieved: 2025-11-22T14:00:00Z\nSource: https://example.com/spec\n\nThe rest.");
        var finding = Assert.Single(Linter.Active(partial), d => d.Id == RuleIds.SnapshotIncomplete);
        Assert.Equal("The Research Snapshot lacks 'Notes:'.", finding.Message);
    }
}
