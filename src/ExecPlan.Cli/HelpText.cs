using ExecPlan.Cli.Commands;

namespace ExecPlan.Cli;

/// <summary>The usage text of each command.</summary>
internal static class HelpText
{
    public const string TopLevel = """
        Usage: execplan <command> [options]

        Lints ExecPlan Markdown plans for AI agents.

        Commands:
          lint [PATH...]    Lint plan files and folders (default: the current folder).
          fix [PATH...]     Apply the fixes of the findings (--dry-run shows a diff).
          migrate [PATH...] --to execplan
                            Turn cookbook plans into ExecPlans.
          rules             List the rule catalogue.
          explain RULE      Explain one rule (ID or name).
          help [COMMAND]    Show help for a command.

        Options:
          -h, --help        Show help (also after a command).
          --version         Show the version.

        Exit codes: 0 no errors, 1 lint errors, 2 usage, path, configuration or output failure.

        """;

    public const string Lint = """
        Usage: execplan lint [PATH...] [options]

        Lints each PATH: a file is always linted, a folder is searched for plans
        (PLAN.md, *-PLAN.md, and Markdown files under plans/, execplans/ or
        exec-plans/ folders, plus the config's include globs). Each plan takes the
        nearest .execplan.yaml up to the repository root.

        Options:
          -f, --format FORMAT   text (default), sarif or json.
          -o, --output FILE     Write the report to FILE instead of standard output.
          --level LEVEL         standard or minimal (overrides the config).
          --schema FORMAT       The plan format: execplan (default) or cookbook
                                (overrides the config's schema:).
          -c, --config FILE     Use this config file instead of searching for .execplan.yaml.
          --root DIR            The repository root (default: the nearest folder holding .git).
          -h, --help            Show this help.

        Findings go to standard output (or FILE); the summary line
        ("3 errors, 1 warning, 0 infos in 2 files") goes to standard error.
        FILE's missing folders are created. FILE is replaced only once the
        report is complete, and never when it is a folder, a config file or
        a file being linted.
        Exit codes: 0 no active errors, 1 errors, 2 usage error, missing path,
        invalid configuration (EXP0007) or output that could not be written.

        """;

    public const string Migrate = """
        Usage: execplan migrate [PATH...] --to execplan [options]

        Turns cookbook plans into ExecPlans: front matter from the file's git
        history (created, updated, owner; the modification time without git),
        the PLAN: title, the ExecPlan's headings in its order, timestamps and
        owners on Progress items, Status and Next Action, timestamps on Decision
        Log and Surprises entries, and the missing required sections from the
        schema's templates. Nothing of the plan is dropped: sections the ExecPlan
        does not know follow its own. A file that is an ExecPlan is left alone.

        Options:
          --to execplan         The format to migrate to (required).
          --owner ID            The owner to write (default: the last git author).
          --dry-run             Change nothing; print the changes as a unified diff.
          --diff                The same as --dry-run.
          --rename              Move the file to <yyyy-mm-dd>-<slug>-PLAN.md
                                (git mv when git tracks it).
          -c, --config FILE     Use this config file instead of searching for .execplan.yaml.
          --root DIR            The repository root (default: the nearest folder holding .git).
          -h, --help            Show this help.

        Exit codes: 0 no errors remain but placeholders to fill (EXP0212), 1 other
        errors remain, 2 usage error, missing path, or a file that could not be
        read or written.

        """;

    public const string Fix = """
        Usage: execplan fix [PATH...] [options]

        Fixes the plans lint finds: applies every safe fix that does not overlap
        another, lints again and repeats until nothing changes. Files with nothing
        to fix are not touched; a fixed file keeps its byte-order mark, newlines
        and permissions, and is replaced whole, never when it changed meanwhile.

        Options:
          --dry-run             Change nothing; print the changes as a unified diff.
          --diff                The same as --dry-run.
          --rule RULE           Only the fixes of this rule (ID or name); repeat or
                                separate with commas for several.
          --unsafe-fixes        Also apply unsafe fixes: missing sections, lines and
                                front-matter fields from the templates (review them).
          --level LEVEL         standard or minimal (overrides the config).
          --schema FORMAT       The plan format: execplan (default) or cookbook.
          -c, --config FILE     Use this config file instead of searching for .execplan.yaml.
          --root DIR            The repository root (default: the nearest folder holding .git).
          -h, --help            Show this help.

        What was fixed goes to standard output (to standard error with a diff);
        the summary, with the errors that remain, goes to standard error.
        Exit codes: 0 no active errors remain, 1 errors remain, 2 usage error,
        missing path, invalid configuration, or a file that could not be written
        (read-only, or changed while it was being fixed).

        """;

    public const string Rules = """
        Usage: execplan rules [options]

        Lists every rule: ID, default severity, name and message, grouped by family.

        Options:
          -f, --format FORMAT   text (default) or markdown (the README's rule table).
          --schema FORMAT       Only the rules of one plan format: execplan or cookbook.
          -h, --help            Show this help.

        """;

    public const string Explain = """
        Usage: execplan explain RULE

        Shows a rule's ID, name, default severity, family, message and help.
        RULE is an ID (EXP0202) or a name (missing-required-section).

        Options:
          -h, --help            Show this help.

        """;

    /// <summary>The help for a command name, or null when there is no such command.</summary>
    public static string? For(string command) => command switch
    {
        LintCommand.Name => Lint,
        FixCommand.Name => Fix,
        MigrateCommand.Name => Migrate,
        RulesCommand.Name => Rules,
        ExplainCommand.Name => Explain,
        _ => null,
    };
}
