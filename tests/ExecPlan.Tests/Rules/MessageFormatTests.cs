using ExecPlan.Diagnostics;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>A rule's message is its format with each placeholder filled once, in one pass.</summary>
public sealed class MessageFormatTests
{
    private static RuleDescriptor Rule(string format, params string[] parameters) =>
        new("EXP9999", "test-rule", Severity.Warning, format, "Help.", "Test", [.. parameters]);

    [Fact]
    public void Every_placeholder_is_filled_wherever_it_stands()
    {
        var rule = Rule("The section '{title}' lacks {missing}; '{title}' again.", "title", "missing");
        Assert.Equal("The section 'Progress' lacks a date; 'Progress' again.", rule.Format("Progress", "a date"));
    }

    [Fact]
    public void A_secret_that_holds_the_words_of_its_own_finding_leaves_the_finding_readable()
    {
        // The finding quotes only the rule's kind and four characters, so it is not redacted; other findings still are.
        var secret = FakeSecrets.Join("test-secret-", "key-must-be-at-least-32chars!!");
        var plan = Plans.With("(Evidence: `dotnet build` took 5 s)", "(Evidence: `dotnet build` took 5 s; `secret = \"" + secret + "\"`)");

        var found = Linter.Lint(plan);

        var finding = Assert.Single(found, d => d.Id == RuleIds.PossibleSecret);
        Assert.Equal("Possible secret assignment ('test…'); never paste secrets into a plan, use <REDACTED>.", finding.Message);
        Assert.All(found, d => Assert.DoesNotContain("-key-must", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_secret_finding_never_previews_another_shorter_secret_whole()
    {
        var plan = Plans.With("(Evidence: `dotnet build` took 5 s)", "(Evidence: `dotnet build` took 5 s; `https://u:abc1@db` and `password: " + FakeSecrets.Join("abc1", "Xy9Zq!w") + "`)");

        var found = Linter.Lint(plan).Where(d => d.Id == RuleIds.PossibleSecret).ToList();

        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.DoesNotContain("abc1", d.Message, StringComparison.Ordinal));
        Assert.Contains(found, d => d.Message.StartsWith("Possible password ('<REDACTED>…')", StringComparison.Ordinal));
    }

    [Fact]
    public void An_argument_is_never_read_for_placeholders()
    {
        // Plan text quoted in a message may hold braces, even a placeholder's name: it stays as the plan wrote it.
        var rule = Rule("'{title}' lacks {missing}.", "title", "missing");
        Assert.Equal("'{missing} {}' lacks a date.", rule.Format("{missing} {}", "a date"));
    }

    [Fact]
    public void A_brace_that_opens_no_placeholder_and_a_placeholder_without_an_argument_stay()
    {
        var rule = Rule("Use { or {{ then '{title}' and {missing} and {unknown}.", "title", "missing");
        Assert.Equal("Use { or {{ then 'A' and {missing} and {unknown}.", rule.Format("A"));
        Assert.Equal("No placeholder.", Rule("No placeholder.").Format("unused"));
        Assert.Equal("'{title}'", Rule("'{title}'", "title").Format());
    }

    [Fact]
    public void The_catalogue_messages_are_filled_completely()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var message = rule.Format([.. rule.Parameters.Select(p => "<" + p + ">")]);
            Assert.All(rule.Parameters, p => Assert.DoesNotContain("{" + p + "}", message, StringComparison.Ordinal));
        }
    }
}
