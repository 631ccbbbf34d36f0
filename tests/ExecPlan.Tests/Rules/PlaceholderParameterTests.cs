using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>`&lt;id&gt;` in a URL or a code span is a parameter of what it stands in, not an unfilled template placeholder.</summary>
public sealed class PlaceholderParameterTests
{
    [Theory]
    [InlineData("Check http://localhost:8080/items/<id> after the deploy.")]
    [InlineData("Check `curl localhost/items/<update_id>` after the deploy.")]
    [InlineData("Check (see http://localhost/a/<x>/b/<y>) after the deploy.")]
    public void A_parameter_is_not_a_placeholder(string line) =>
        Assert.DoesNotContain(Linter.Active(Plans.With("Show a compliant plan.", line)), d => d.Id == RuleIds.UnfilledPlaceholder);

    [Theory]
    [InlineData("Check <the endpoint> after the deploy.")]
    [InlineData("See http://localhost/docs then <describe the goal>.")]
    public void A_placeholder_beside_a_url_is_still_one(string line) =>
        Assert.Contains(Linter.Active(Plans.With("Show a compliant plan.", line)), d => d.Id == RuleIds.UnfilledPlaceholder);
}
