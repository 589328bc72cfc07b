/** The report's stylesheet, inlined so the file needs nothing from the network. */
export const REVIEW_CSS = `
:root {
  --bg: #f6f5f2; --panel: #ffffff; --ink: #1d2127; --muted: #6a717c; --line: #e4e2dc;
  --accent: #2456c9; --kept: #1d2127; --removed-bg: #fbf1f1; --warn: #b7791f;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --serif: Georgia, "Iowan Old Style", "Times New Roman", serif;
}
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { background: var(--bg); color: var(--ink); font: 14px/1.45 var(--sans); display: flex; flex-direction: column; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
header.top { display: flex; align-items: center; gap: 18px; padding: 10px 18px; background: #1f2430; color: #eef0f4; }
header.top h1 { font-size: 15px; margin: 0; font-weight: 650; letter-spacing: .02em; white-space: nowrap; }
@media (max-width: 1100px) { header.top .keys { display: none; } }
header.top h1 span { color: #9aa3b2; font-weight: 400; }
header.top .totals { color: #c3c9d4; font-size: 13px; }
header.top nav { margin-left: auto; display: flex; gap: 4px; }
header.top nav a { color: #c3c9d4; padding: 4px 10px; border-radius: 6px; }
header.top nav a.on, header.top nav a:hover { background: #394152; color: #fff; text-decoration: none; }
.app { flex: 1; display: flex; min-height: 0; }
aside { width: 300px; flex: none; display: flex; flex-direction: column; border-right: 1px solid var(--line); background: var(--panel); }
.filters { padding: 12px 14px; border-bottom: 1px solid var(--line); display: grid; gap: 8px; }
.filters label { display: grid; gap: 2px; font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.filters select, .filters input[type=search] { font: 13px var(--sans); padding: 4px 6px; border: 1px solid #cfd3da; border-radius: 6px; background: #fff; color: var(--ink); text-transform: none; letter-spacing: 0; }
.filters .check { display: flex; align-items: center; gap: 6px; text-transform: none; letter-spacing: 0; font-size: 13px; color: var(--ink); }
.filters .count { font-size: 12px; color: var(--muted); }
#doc-list { list-style: none; margin: 0; padding: 4px 0; overflow-y: auto; flex: 1; }
#doc-list li a { display: block; padding: 6px 14px; color: var(--ink); border-left: 3px solid transparent; }
#doc-list li a:hover { background: #f2f4f8; text-decoration: none; }
#doc-list li a.on { background: #e8eefb; border-left-color: var(--accent); }
#doc-list .name { display: block; font-family: var(--mono); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
#doc-list .meta { display: block; font-size: 11.5px; color: var(--muted); }
#doc-list .err { color: #b42318; }
main { flex: 1; overflow-y: auto; padding: 18px 26px 60px; min-width: 0; }
main > section[hidden] { display: none; }
#view-doc { max-width: 1180px; }
.doc-head { display: flex; align-items: baseline; gap: 14px; flex-wrap: wrap; margin-bottom: 6px; }
.doc-head h2 { font: 600 16px var(--mono); margin: 0; word-break: break-all; }
.doc-head .stats { color: var(--muted); }
.doc-head .pager { margin-left: auto; display: flex; gap: 6px; }
.pager button { font: 12px var(--sans); border: 1px solid #cfd3da; background: #fff; border-radius: 6px; padding: 3px 9px; cursor: pointer; color: var(--ink); }
.pager button:disabled { opacity: .4; cursor: default; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 14px; }
.chip { display: inline-flex; align-items: center; gap: 5px; font: 11.5px/1.6 var(--mono); padding: 0 7px; border-radius: 10px; color: #fff; background: var(--c, #777); white-space: nowrap; }
a.chip:hover { text-decoration: none; filter: brightness(1.1); }
.chip b { font-weight: 600; background: rgba(255,255,255,.25); border-radius: 8px; padding: 0 5px; }
.legend { display: flex; gap: 16px; font-size: 12px; color: var(--muted); margin: 4px 0 10px; }
.legend span::before { content: attr(data-mark); font-family: var(--mono); margin-right: 4px; color: var(--ink); }
.listing { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 0 0 10px; overflow: hidden; box-shadow: 0 1px 2px rgba(0,0,0,.04); }
.ln { display: grid; grid-template-columns: 3.4em 1.4em var(--rule-col, 0) 1fr; align-items: baseline; padding: 1px 14px 1px 0; border-left: 3px solid transparent; }
.ln .no { text-align: right; color: #a3a9b3; font: 11px var(--mono); padding-right: 6px; user-select: none; }
.ln .mk { font: 12px var(--mono); color: var(--muted); text-align: center; user-select: none; }
.ln .rl { overflow: hidden; padding-right: 8px; }
.ln .tx { font: 15px/1.55 var(--serif); white-space: pre-wrap; overflow-wrap: anywhere; }
.ln.st-blank { min-height: .6em; }
.ln.st-removed { background: var(--removed-bg); border-left-color: var(--c, #c33); }
.ln.st-removed .tx { color: #8b8f96; text-decoration: line-through; text-decoration-color: rgba(180, 40, 40, .55); font-family: var(--sans); font-size: 13.5px; }
.ln.st-trimmed .tx del { color: #8b8f96; background: var(--removed-bg); text-decoration-color: rgba(180, 40, 40, .55); font: 13.5px var(--sans); }
.ln.st-title .tx { font: 650 20px/1.3 var(--serif); }
.ln.st-title .mk { color: var(--accent); }
.ln.st-metadata .tx { font: 12.5px var(--mono); color: var(--muted); }
.ln.st-unexplained { background: #fff8e6; border-left-color: var(--warn); }
.ln.dim { opacity: .35; }
.ln.match { box-shadow: inset 0 0 0 1px var(--c, #c33); }
.ln.focus { outline: 2px solid var(--accent); outline-offset: -2px; }
.listing.hide-kept .ln.st-kept, .listing.hide-kept .ln.st-blank { display: none; }
.art { margin: 14px 0 8px; padding: 8px 16px; border-top: 2px solid #1f2430; background: linear-gradient(#eef1f7, #fff0); display: flex; flex-wrap: wrap; align-items: center; gap: 10px; }
.art:first-child { margin-top: 0; border-top-color: var(--line); }
.art .n { font-weight: 700; font-size: 13px; text-transform: uppercase; letter-spacing: .06em; }
.art .meta { color: var(--muted); font-size: 12.5px; margin-left: auto; }
.gauge { width: 90px; height: 8px; border-radius: 4px; background: #dfe3ea; overflow: hidden; display: inline-block; }
.gauge i { display: block; height: 100%; background: linear-gradient(90deg, #f0a04b, #2f9e6f); }
.score { font: 600 13px var(--mono); }
.sig { font: 11.5px var(--mono); padding: 0 6px; border-radius: 4px; background: #e6eaf2; color: #39414f; }
.sig.neg { background: #f6e7e7; color: #7a2e2e; }
.fold { display: block; margin: 0 0 0 4.8em; padding: 2px 10px; border: 0; background: none; color: var(--accent); font: 12px var(--sans); cursor: pointer; }
.fold:hover { text-decoration: underline; }
.cand { margin: 2px 0 2px 4.8em; padding: 0 8px; border-top: 1px dashed #b9c0cc; color: var(--muted); font-size: 11.5px; }
.notes { margin-top: 12px; color: var(--muted); font-size: 12.5px; }
.error { padding: 14px; background: #fdecea; border: 1px solid #f5c2bd; border-radius: 8px; color: #8c1d18; }
.empty { color: var(--muted); padding: 40px; text-align: center; }
h2.section { font-size: 15px; font-weight: 650; margin: 0 0 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(380px, 1fr)); gap: 16px; margin: 0 0 16px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
.card h3 { margin: 0 0 8px; font-size: 13px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .05em; }
.chart { max-width: 100%; height: auto; display: block; color: var(--ink); }
table.summary { border-collapse: collapse; width: 100%; background: var(--panel); border: 1px solid var(--line); border-radius: 10px; overflow: hidden; }
table.summary th, table.summary td { text-align: left; padding: 6px 12px; border-bottom: 1px solid var(--line); }
table.summary th { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); background: #fafaf8; }
table.summary td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.summary tfoot td { font-weight: 600; }
.rule-card { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--c, #777); border-radius: 8px; padding: 10px 14px; margin: 0 0 12px; scroll-margin-top: 12px; }
.rule-card:target { box-shadow: 0 0 0 2px var(--accent); }
.rule-card h3 { margin: 0 0 4px; font: 600 14px var(--mono); }
.rule-card p { margin: 4px 0; }
.rule-card pre { background: #f6f5f2; border-radius: 6px; padding: 6px 10px; white-space: pre-wrap; font: 12px/1.45 var(--mono); margin: 6px 0; }
.rule-card .src { color: var(--muted); font-size: 12px; }
kbd { font: 11px var(--mono); border: 1px solid #cfd3da; border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: #fff; color: var(--ink); }
.keys { font-size: 12px; color: #9aa3b2; }
.keys kbd { background: #394152; color: #eef0f4; border-color: #4b5568; }
`;
