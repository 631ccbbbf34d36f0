using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>`&lt;id&gt;` in a URL, a path, a query, an option, a command line or a code span is a parameter of what it stands in, not an unfilled template placeholder.</summary>
public sealed class PlaceholderParameterTests
{
    [Theory]
    [InlineData("Check http://localhost:8080/items/<id> after the deploy.")]
    [InlineData("Check `curl localhost/items/<update_id>` after the deploy.")]
    [InlineData("Check (see http://localhost/a/<x>/b/<y>) after the deploy.")]
    [InlineData("Poll /getUpdates?offset=<update_id> after the deploy.")]
    [InlineData("Name it plans/<yyyy-mm-dd>-<task-slug>-PLAN.md after the deploy.")]
    [InlineData("Open port localhost:<port> after the deploy.")]
    [InlineData("Run ./tool inspect --box <box> -n <name> after the deploy.")]
    [InlineData("Copy <box>/config.json after the deploy.")]
    [InlineData("\n$ ./tool inspect <box>\n")]
    [InlineData("\n- $ vagrant ssh <box>\n")]
    public void A_parameter_is_not_a_placeholder(string line) =>
        Assert.DoesNotContain(Linter.Active(Plans.With("Show a compliant plan.", line)), d => d.Id == RuleIds.UnfilledPlaceholder);

    [Theory]
    [InlineData("Check <the endpoint> after the deploy.")]
    [InlineData("See http://localhost/docs then <describe the goal>.")]
    [InlineData("- <first action> after the deploy.")]
    [InlineData("Owner: <id> and then - <next step>.")]
    [InlineData("Run it - <what to run>.")]
    public void A_placeholder_beside_a_url_is_still_one(string line) =>
        Assert.Contains(Linter.Active(Plans.With("Show a compliant plan.", line)), d => d.Id == RuleIds.UnfilledPlaceholder);
}
