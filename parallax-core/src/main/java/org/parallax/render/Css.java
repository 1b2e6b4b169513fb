package org.parallax.render;

/**
 * The report's one style sheet, inlined into every page so the report works from a folder, offline and by mail.
 * System fonts only: nothing is fetched, and text renders at once in the reader's own UI face.
 */
final class Css {
    static final String STYLE = """
            :root {
              --bg: #f5f6f8; --card: #ffffff; --ink: #1b2130; --muted: #5d6577; --line: #e1e4ea;
              --accent: #1d5fbf; --chip: #edf1f7; --chip-ink: #2a3550;
            }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body {
              margin: 0; background: var(--bg); color: var(--ink);
              font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
                sans-serif;
            }
            a { color: var(--accent); text-underline-offset: 2px; }
            code { font: .85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            .wrap { max-width: 76rem; margin: 0 auto; padding: 0 1.25rem; }
            .top { background: var(--card); border-bottom: 1px solid var(--line); }
            .top .wrap {
              display: flex; flex-wrap: wrap; align-items: baseline; gap: .35rem 1rem;
              padding-top: .85rem; padding-bottom: .85rem;
            }
            .brand { font-weight: 700; font-size: 1.05rem; color: var(--ink); text-decoration: none; }
            .tagline { color: var(--muted); font-size: .9rem; }
            main.wrap { padding-top: 2rem; padding-bottom: 2.5rem; }
            h1 { font-size: 1.85rem; line-height: 1.25; letter-spacing: -.01em; margin: 0 0 .4rem; }
            .lede { color: var(--muted); margin: 0 0 1.75rem; }
            .back { margin: 0 0 1rem; font-size: .9rem; }
            .back a { text-decoration: none; }
            .events { list-style: none; margin: 0; padding: 0; display: grid; gap: .9rem; }
            .event, .article {
              background: var(--card); border: 1px solid var(--line); border-radius: 10px;
              box-shadow: 0 1px 2px rgba(20, 30, 50, .04);
            }
            .event { padding: 1.1rem 1.3rem; }
            .event h2 { font-size: 1.2rem; line-height: 1.35; margin: 0 0 .3rem; }
            .event h2 a { color: var(--ink); text-decoration: none; }
            .event h2 a:hover, .event h2 a:focus { color: var(--accent); text-decoration: underline; }
            .meta { color: var(--muted); font-size: .9rem; margin: 0; }
            .chips { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; margin: .7rem 0 0; padding: 0; }
            .chips li {
              background: var(--chip); color: var(--chip-ink); border-radius: 999px;
              padding: .1rem .7rem; font-size: .82rem;
            }
            .articles {
              display: grid; gap: 1.25rem; align-items: start;
              grid-template-columns: repeat(auto-fill, minmax(min(100%, 21rem), 1fr));
            }
            .article { padding: 1.25rem 1.4rem; min-width: 0; }
            .outlet {
              margin: 0 0 .35rem; color: var(--accent); font-size: .78rem; font-weight: 650;
              letter-spacing: .06em; text-transform: uppercase;
            }
            .article h2 { font-size: 1.15rem; line-height: 1.35; margin: 0 0 .75rem; }
            .facts {
              display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: 0 0 1rem;
              padding-bottom: .9rem; border-bottom: 1px solid var(--line); font-size: .86rem; color: var(--muted);
            }
            .facts dt { font-weight: 600; }
            .facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
            .text { overflow-wrap: break-word; }
            .text p { margin: 0 0 .85rem; }
            .empty, .note { color: var(--muted); font-style: italic; }
            .note { font-size: .86rem; margin: 1rem 0 0; }
            details {
              margin-top: 1rem; padding-top: .75rem; border-top: 1px solid var(--line);
              font-size: .86rem; color: var(--muted);
            }
            summary { cursor: pointer; font-weight: 600; }
            details ol { margin: .5rem 0 0; padding-left: 1.4rem; }
            details li { margin: .2rem 0; overflow-wrap: anywhere; }
            footer.wrap { color: var(--muted); font-size: .85rem; padding-bottom: 2.5rem; }
            @media (max-width: 40rem) {
              body { font-size: 15px; }
              h1 { font-size: 1.45rem; }
              .wrap { padding: 0 .9rem; }
              .article { padding: 1rem 1.05rem; }
            }
            @media print {
              body { background: #fff; }
              .event, .article { box-shadow: none; break-inside: avoid; }
              details { display: none; }
            }
            """;

    private Css() {
    }
}
