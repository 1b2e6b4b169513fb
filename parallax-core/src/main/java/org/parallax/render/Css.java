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
            /* the dossier */
            .toc { margin: 0 0 1.5rem; }
            .toc ul { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; margin: 0; padding: 0; }
            .toc a {
              display: inline-block; padding: .2rem .75rem; border: 1px solid var(--line); border-radius: 999px;
              background: var(--card); font-size: .86rem; text-decoration: none;
            }
            .toc .count { color: var(--muted); font-size: .8rem; }
            .dossier, #articles { scroll-margin-top: 1rem; }
            .dossier {
              background: var(--card); border: 1px solid var(--line); border-radius: 10px;
              padding: 1.1rem 1.3rem; margin: 0 0 1.25rem; min-width: 0;
            }
            .dossier h2, h2.section { font-size: 1.2rem; line-height: 1.3; margin: 0 0 .2rem; }
            h2.section { margin: 2rem 0 .9rem; }
            .dossier h3 { font-size: .95rem; margin: 0 0 .4rem; color: var(--accent); }
            .hint { color: var(--muted); font-size: .88rem; margin: 0 0 .9rem; }
            .items { list-style: none; margin: 0; padding: 0; }
            .item { padding: .8rem 0; border-top: 1px solid var(--line); min-width: 0; }
            .item:first-child { border-top: 0; padding-top: .2rem; }
            .statement { margin: 0 0 .35rem; font-weight: 550; }
            .about, .speaker { margin: 0 0 .5rem; font-weight: 650; }
            .by { margin: 0; font-size: .86rem; color: var(--muted); }
            .chip, .kind {
              display: inline-block; border-radius: 999px; padding: 0 .6rem; font-size: .8rem; line-height: 1.6;
              background: var(--chip); color: var(--chip-ink); text-decoration: none; margin: .1rem 0;
              white-space: nowrap; max-width: 100%; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom;
            }
            a.chip { color: var(--accent); }
            a.chip:hover, a.chip:focus { background: #dce6f5; }
            .kind { background: #f1ede4; color: #6b5a2e; font-weight: 500; }
            .values {
              display: grid; gap: .75rem; margin-top: .3rem;
              grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
            }
            .value { border: 1px solid var(--line); border-radius: 8px; padding: .7rem .85rem; min-width: 0; }
            .figure { font-size: 1.5rem; font-weight: 700; line-height: 1.2; margin: 0 0 .35rem; }
            .evidence { list-style: none; margin: .5rem 0 0; padding: 0; font-size: .9rem; }
            .evidence li { margin: .35rem 0; overflow-wrap: break-word; }
            .who {
              color: var(--muted); font-size: .75rem; font-weight: 650; letter-spacing: .04em;
              text-transform: uppercase; margin-right: .3rem;
            }
            a.said, a.cue, a.src { color: var(--ink); text-decoration: underline dotted #9aa3b5; }
            a.said:hover, a.said:focus, a.cue:hover, a.src:hover { color: var(--accent); }
            .quote::before { content: "“"; }
            .quote::after { content: "”"; }
            .via { color: var(--muted); font-size: .85rem; }
            .dossier details { margin-top: .5rem; padding-top: .4rem; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; font-size: .9rem; width: 100%; }
            th, td {
              text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line);
            }
            thead th { font-size: .78rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
            tbody th { font-weight: 600; }
            td.num { font-weight: 650; white-space: nowrap; }
            .columns {
              display: grid; gap: 1rem 1.5rem;
              grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
            }
            .column { min-width: 0; }
            .terms { margin: 0; }
            .terms a.term { color: inherit; text-decoration: none; }
            .terms a.term:hover, .terms a.term:focus { text-decoration: underline; }
            .passages { margin: 0; padding-left: 1.2rem; }
            .passages li { margin: .5rem 0; }
            blockquote {
              margin: 0 0 .3rem; padding: .3rem .8rem; border-left: 3px solid #e3b341; background: #fff8e1;
              border-radius: 0 6px 6px 0; overflow-wrap: break-word;
            }
            .in { margin: 0; font-size: .86rem; color: var(--muted); }
            .descs { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: 0 0 .4rem;
              font-size: .9rem; }
            .descs dt { color: var(--muted); font-weight: 600; }
            .descs dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
            .timeline { list-style: none; margin: 0; padding: 0; border-left: 2px solid var(--line); }
            .timeline li { position: relative; padding: 0 0 .9rem 1rem; }
            .timeline li::before {
              content: ""; position: absolute; left: -6px; top: .45rem; width: 10px; height: 10px;
              border-radius: 50%; background: var(--accent);
            }
            .when { margin: 0; font-weight: 650; font-size: .9rem; }
            .what { margin: .1rem 0 .25rem; }
            /* sentences the dossier links to: plain until clicked, then highlighted (:target, no script) */
            mark { background: none; color: inherit; }
            mark.wire { background: #fff3c4; box-shadow: inset 0 -2px 0 #e3b341; }
            mark.conflict {
              text-decoration: underline wavy #c8453a; text-decoration-thickness: 1px; text-underline-offset: 3px;
              text-decoration-skip-ink: none;
            }
            mark[id] { scroll-margin-top: 35vh; }
            mark:target {
              background: #ffd54f; box-shadow: 0 0 0 3px #ffd54f; border-radius: 2px;
              animation: flash 1.2s ease-out 1;
            }
            .article:has(mark:target) { border-color: #e3b341; box-shadow: 0 0 0 2px #ffe58a; }
            @keyframes flash { from { background: #ffb300; } to { background: #ffd54f; } }
            @media (prefers-reduced-motion: reduce) { mark:target { animation: none; } }
            footer.wrap { color: var(--muted); font-size: .85rem; padding-bottom: 2.5rem; }
            @media (max-width: 40rem) {
              body { font-size: 15px; }
              h1 { font-size: 1.45rem; }
              .wrap { padding: 0 .9rem; }
              .article, .dossier { padding: 1rem 1.05rem; }
              .descs { grid-template-columns: 1fr; }
            }
            @media print {
              body { background: #fff; }
              .event, .article, .dossier { box-shadow: none; break-inside: avoid; }
              .toc { display: none; }
              details { display: none; }
            }
            """;

    private Css() {
    }
}
