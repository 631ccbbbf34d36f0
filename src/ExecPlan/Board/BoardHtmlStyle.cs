namespace ExecPlan.Board;

/// <summary>The board page's style sheet, inlined in the page: no font, image or script is fetched, so the page works offline.</summary>
internal static class BoardHtmlStyle
{
    /// <summary>The CSS.</summary>
    public const string Css = """
        :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --ground: #f6f8fa;
          --draft: #6e7781; --progress: #0969da; --blocked: #cf222e; --done: #1a7f37; --abandoned: #424a53; --stale: #9a6700; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 24px 32px 40px; background: var(--ground); color: var(--ink);
          font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 22px; margin: 0 0 2px; }
        .when { color: var(--muted); margin: 0 0 18px; }
        .totals { display: flex; flex-wrap: wrap; gap: 10px 28px; margin-bottom: 12px; }
        .group { display: flex; flex-wrap: wrap; gap: 10px; }
        .attention { padding-left: 28px; border-left: 1px solid var(--line); }
        .tile { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid var(--draft); border-radius: 8px;
          padding: 8px 14px; min-width: 112px; }
        .tile .count { display: block; font-size: 26px; font-weight: 700; line-height: 1.1; }
        .tile .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
        .tile.zero { opacity: .55; }
        .tile.alert { border-left-color: var(--stale); }
        .tile.alert.blocked { border-left-color: var(--blocked); }
        .averages { color: var(--muted); margin: 0 0 20px; }
        .averages b { color: var(--ink); }
        .plans { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 16px; }
        .plan { background: var(--paper); border: 1px solid var(--line); border-top: 5px solid var(--draft); border-radius: 8px; padding: 14px 16px; }
        .plan.stale { background: #fff8c5; border-color: #d4a72c; }
        .plan.blocked { background: #ffebe9; border-color: #ff8182; }
        .plan h2 { font-size: 16px; margin: 6px 0 2px; overflow-wrap: anywhere; }
        .meta { color: var(--muted); margin: 0 0 10px; overflow-wrap: anywhere; }
        .meta code { font-size: 12px; }
        .badge, .flag { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 11px; font-weight: 700;
          letter-spacing: .04em; color: #fff; background: var(--draft); }
        .flag { background: var(--stale); }
        .flag.blocked { background: var(--blocked); }
        .flag.findings { background: #fff; color: var(--blocked); border: 1px solid var(--blocked); }
        .status-draft { --accent: var(--draft); } .status-in-progress { --accent: var(--progress); } .status-blocked { --accent: var(--blocked); }
        .status-done { --accent: var(--done); } .status-abandoned { --accent: var(--abandoned); } .status-other { --accent: var(--draft); }
        .badge { background: var(--accent); } .plan { border-top-color: var(--accent); } .tile { border-left-color: var(--accent, var(--draft)); }
        .progress { display: flex; align-items: center; gap: 10px; margin: 4px 0 10px; }
        .track { flex: 1; height: 10px; background: #eaeef2; border-radius: 5px; overflow: hidden; }
        .bar { height: 100%; background: var(--accent); }
        .progress span { font-variant-numeric: tabular-nums; color: var(--muted); min-width: 64px; text-align: right; }
        .next { margin: 0 0 10px; padding: 8px 10px; background: var(--ground); border-radius: 6px; overflow-wrap: anywhere; }
        .next b { display: block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        table.metrics { width: 100%; border-collapse: collapse; font-size: 13px; }
        .metrics th, .metrics td { text-align: left; padding: 3px 6px; border-top: 1px solid var(--line); font-weight: normal; }
        .metrics td { font-variant-numeric: tabular-nums; }
        .metrics .verdict { width: 1.5em; text-align: center; font-weight: 700; }
        .metrics tr.met .verdict { color: var(--done); } .metrics tr.missed .verdict { color: var(--blocked); }
        .metrics tr.missed td { color: var(--blocked); font-weight: 600; } .metrics tr.na td { color: var(--muted); }
        .empty { background: var(--paper); border: 1px dashed var(--line); border-radius: 8px; padding: 24px; color: var(--muted); }
        """;
}
