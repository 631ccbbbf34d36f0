using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>A Progress item's stamp is reported once, by the rule that owns the problem, with what is wrong and what to write.</summary>
public sealed class ProgressStampTests
{
    private const string Item = "- [x] 2025-11-22T14:00:00Z - Wrote the plan (Author: agent-1)";

    [Theory]
    [InlineData("- [x] 2025-11-22 14:00Z - Wrote the plan (Author: agent-1)", "'2025-11-22 14:00Z' is not an RFC 3339 timestamp: a space instead of the T, no seconds; write 2025-11-22T14:00:00Z.")]
    [InlineData("- [x] (2025-11-22 14:00Z) Wrote the plan (Author: agent-1)", "'2025-11-22 14:00Z' is not an RFC 3339 timestamp: a space instead of the T, no seconds; write 2025-11-22T14:00:00Z.")]
    [InlineData("- [x] 2025-11-22T14:00 - Wrote the plan (Author: agent-1)", "'2025-11-22T14:00' is not an RFC 3339 timestamp: no zone, no seconds; write it with a T, seconds and its zone, as in 2025-11-22T14:00:00Z.")]
    [InlineData("- [x] (2025-11-22 09:00-05:00) Wrote the plan (Author: agent-1)", "'2025-11-22 09:00' is not an RFC 3339 timestamp: no zone, a space instead of the T, no seconds; if '-05:00' after it is its UTC offset, write 2025-11-22T09:00:00-05:00 (without seconds it reads as the end of a range of times).")]
    public void A_misspelt_stamp_is_one_finding_that_says_what_is_wrong(string item, string message)
    {
        var found = Linter.Active(Plans.With(Item, item));

        var finding = Assert.Single(found);
        Assert.Equal((RuleIds.AmbiguousTimestamp, message), (finding.Id, finding.Message));
    }

    [Fact]
    public void A_date_alone_is_no_time()
    {
        var finding = Assert.Single(Linter.Active(Plans.With(Item, "- [x] 2025-11-22 - Wrote the plan (Author: agent-1)")));
        Assert.Equal(RuleIds.ProgressItemTimestamp, finding.Id);
    }

    [Fact]
    public void A_stamp_in_parentheses_is_the_items_stamp()
    {
        Assert.Empty(Linter.Active(Plans.With(Item, "- [x] (2025-11-22T14:00:00Z) Wrote the plan (Author: agent-1)")));
        Assert.Single(Linter.Active(Plans.With(Item, "- [x] Wrote the plan (Author: agent-1)")), d => d.Id == RuleIds.ProgressItemTimestamp);
    }
}
