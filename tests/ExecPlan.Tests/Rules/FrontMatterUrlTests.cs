using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>URLs in front-matter values (a `sources:` list) are metadata, not body links that need a Research Snapshot.</summary>
public sealed class FrontMatterUrlTests
{
    [Fact]
    public void A_url_in_the_front_matter_is_not_an_external_link_and_one_in_the_body_still_is()
    {
        var text = Plans.With("owner: agent-1\n", "owner: agent-1\nsources:\n  - https://example.com/spec\n");
        Assert.DoesNotContain(Linter.Active(text), d => d.Id == RuleIds.ExternalUrlWithoutSnapshot);

        var body = Plans.With("Show a compliant plan.", "Show a compliant plan, as https://example.com/spec says.");
        Assert.Contains(Linter.Active(body), d => d.Id == RuleIds.ExternalUrlWithoutSnapshot);
    }
}
