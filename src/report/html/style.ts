// The report's stylesheet, written to report/app.css (a file, because the CSP allows style-src 'self'
// and no inline styles). Dense and sober: a clinical-safety review tool, not a dashboard. Severity is
// always shown as a word as well as a colour, for colour-blind readers and black-and-white print.
export const APP_CSS = String.raw`
:root {
  --crit: #a4161a; --crit-bg: #fde8e8; --maj: #b45309; --maj-bg: #fdf0e1; --min: #7a5d00; --min-bg: #fbf5d8;
  --cos: #4b5d6b; --cos-bg: #e9eef2; --ok: #216e39; --ok-bg: #e5f4ea; --acc: #5b6472; --acc-bg: #eef0f3;
  --ink: #1d2329; --muted: #5d6770; --line: #d5dbe1; --panel: #f6f8fa; --focus: #0b57d0; --head: #13304f;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
}
* { box-sizing: border-box; }
body { margin: 0; background: #fff; }
header.top { background: var(--head); color: #fff; padding: 8px 16px; display: flex; gap: 24px; align-items: baseline; flex-wrap: wrap; }
header.top h1 { font-size: 16px; margin: 0; font-weight: 600; letter-spacing: .2px; }
header.top dl { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 0; font-size: 12px; }
header.top dt { opacity: .7; display: inline; } header.top dd { display: inline; margin: 0 0 0 4px; font-weight: 600; }
.verdict { padding: 6px 16px; font-weight: 600; border-bottom: 1px solid var(--line); }
.verdict.fail { background: var(--crit-bg); color: var(--crit); } .verdict.pass { background: var(--ok-bg); color: var(--ok); }
.broken-suite { border: 2px solid var(--crit); background: var(--crit-bg); padding: 4px 16px; margin: 12px 0; }
.broken-suite h2 { color: var(--crit); margin: 8px 0 4px; } .coverage p { margin: 8px 0; } .coverage.lost p { font-weight: 600; }
main { padding: 10px 16px 40px; }
h2 { font-size: 14px; margin: 14px 0 6px; color: var(--head); text-transform: uppercase; letter-spacing: .6px; }
h3 { font-size: 13px; margin: 10px 0 4px; }
.totals { display: flex; gap: 8px; flex-wrap: wrap; margin: 8px 0; }
.total { border: 1px solid var(--line); border-left-width: 4px; padding: 4px 10px; min-width: 96px; background: #fff; }
.total b { display: block; font-size: 18px; } .total span { color: var(--muted); font-size: 11px; text-transform: uppercase; }
.total.critical { border-left-color: var(--crit); } .total.major { border-left-color: var(--maj); } .total.minor { border-left-color: var(--min); }
.total.cosmetic { border-left-color: var(--cos); } .total.accepted { border-left-color: var(--acc); } .total.expired { border-left-color: var(--maj); }
table { border-collapse: collapse; }
table.matrix th, table.matrix td { border: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
table.matrix thead th { background: var(--panel); font-weight: 600; }
table.matrix tbody th { font-weight: 500; max-width: 320px; }
table.matrix tbody th small { display: block; color: var(--muted); font-weight: 400; }
td.cell { min-width: 150px; cursor: pointer; }
td.cell:hover, td.cell:focus { outline: 2px solid var(--focus); outline-offset: -2px; }
td.cell.sel { box-shadow: inset 0 0 0 2px var(--focus); }
td.cell.unavailable, td.cell.missing { background: repeating-linear-gradient(45deg, #f3f4f6, #f3f4f6 6px, #e5e7eb 6px, #e5e7eb 12px); color: var(--muted); }
td.cell.same { color: var(--ok); }
.counts { font-size: 11px; color: var(--muted); } .acc-count { font-size: 11px; color: var(--acc); }
.sev { display: inline-block; padding: 0 5px; border-radius: 3px; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .3px; border: 1px solid; white-space: nowrap; }
.sev.critical { color: var(--crit); background: var(--crit-bg); } .sev.major { color: var(--maj); background: var(--maj-bg); }
.sev.minor { color: var(--min); background: var(--min-bg); } .sev.cosmetic { color: var(--cos); background: var(--cos-bg); }
.sev.ok { color: var(--ok); background: var(--ok-bg); }
.st { font-size: 10px; font-weight: 700; padding: 0 4px; border-radius: 2px; white-space: nowrap; }
.st.new { background: var(--ink); color: #fff; } .st.accepted { background: var(--acc-bg); color: var(--acc); border: 1px solid var(--acc); }
.st.expired { background: var(--maj-bg); color: var(--maj); border: 1px solid var(--maj); }
.filters { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; padding: 6px 8px; background: var(--panel); border: 1px solid var(--line); position: sticky; top: 0; z-index: 5; }
.filters label { white-space: nowrap; } .filters select, .filters input[type=search] { font: inherit; padding: 2px 4px; }
.filters input[type=search] { width: 240px; }
.chip { border: 1px solid var(--focus); color: var(--focus); border-radius: 10px; padding: 0 8px; background: #fff; cursor: pointer; font: inherit; }
.shown { color: var(--muted); margin-left: auto; }
.work { display: grid; grid-template-columns: minmax(420px, 42%) 1fr; gap: 12px; align-items: start; margin-top: 8px; }
@media (max-width: 1100px) { .work { grid-template-columns: 1fr; } }
.listwrap { max-height: calc(100vh - 80px); overflow: auto; border: 1px solid var(--line); position: sticky; top: 44px; }
table.list { width: 100%; }
table.list th { position: sticky; top: 0; background: var(--panel); text-align: left; font-weight: 600; border-bottom: 1px solid var(--line); padding: 3px 5px; }
table.list td { padding: 3px 5px; border-bottom: 1px solid #eceff2; vertical-align: top; }
table.list tr.div { cursor: pointer; } table.list tr.div:hover { background: #f3f7fd; }
table.list tr.div.sel { background: #e3edfd; } table.list tr.div:focus { outline: 2px solid var(--focus); outline-offset: -2px; }
table.list tr.div.accepted td { color: var(--acc); }
td.where { color: var(--muted); font-size: 12px; } td.where b { color: var(--ink); font-weight: 500; }
.more { margin: 6px; }
.detail { border: 1px solid var(--line); padding: 8px 12px; min-height: 200px; scroll-margin-top: 72px; } /* clear of the sticky filter bar when a link or a cell scrolls to it */
.detail .empty { color: var(--muted); }
.jhead { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.jhead h2 { margin: 0; text-transform: none; letter-spacing: 0; font-size: 15px; }
table.align { width: 100%; margin: 6px 0; font-size: 12px; }
table.align th, table.align td { border: 1px solid var(--line); padding: 2px 6px; text-align: left; }
table.align th { background: var(--panel); }
table.align tr.row { cursor: pointer; } table.align tr.row.sel td { background: #e3edfd; }
table.align td.gap { background: repeating-linear-gradient(45deg, #fff, #fff 5px, #f1f1f1 5px, #f1f1f1 10px); color: var(--muted); font-style: italic; }
ul.sentences { margin: 4px 0; padding-left: 18px; } ul.sentences li { margin: 2px 0; } ul.sentences li.cur { font-weight: 600; }
.fpline { font-weight: 400; font-size: 12px; color: var(--muted); margin: 2px 0 4px; } .fpline code { font-family: ui-monospace, monospace; color: var(--ink); } code.cmd { user-select: all; background: #f4f4f4; padding: 0 3px; }
table.struct { width: 100%; font-size: 12px; margin: 6px 0; }
table.struct th, table.struct td { border: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
table.struct th { background: var(--panel); }
.val { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 12px; white-space: pre-wrap; word-break: break-word; }
.del { color: var(--crit); } .ins { color: var(--ok); }
.modes { display: flex; gap: 4px; align-items: center; margin: 8px 0 4px; flex-wrap: wrap; }
.modes button { font: inherit; padding: 2px 10px; border: 1px solid var(--line); background: #fff; cursor: pointer; }
.modes button[aria-pressed=true] { background: var(--head); color: #fff; border-color: var(--head); }
.shots { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
figure { margin: 0; } figcaption { font-size: 11px; color: var(--muted); padding: 2px 0; }
.frame { position: relative; border: 1px solid var(--line); background: #fafafa; overflow: hidden; }
.frame img { display: block; width: 100%; height: auto; }
.frame img.top { position: absolute; left: 0; top: 0; }
.frame img.blend { mix-blend-mode: difference; }
.frame img.hidden { visibility: hidden; }
.frame .handle { position: absolute; top: 0; bottom: 0; width: 2px; margin-left: -1px; background: var(--focus); pointer-events: none; }
#slider { width: 100%; }
.frame .box { position: absolute; border: 2px solid var(--crit); background: rgba(164, 22, 26, .08); pointer-events: none; }
#stage { position: relative; max-height: 80vh; overflow: auto; } /* scrolled to the changed region (app-zoom) */
.frame.zoomable { cursor: zoom-in; } .frame.zoomable:focus { outline: 2px solid var(--focus); outline-offset: 1px; }
dialog.viewer { width: 96vw; height: 94vh; max-width: none; max-height: none; padding: 0; border: 1px solid var(--line); display: flex; flex-direction: column; }
dialog.viewer:not([open]) { display: none; }
dialog.viewer::backdrop { background: rgba(0, 0, 0, .55); }
.vbar { display: flex; gap: 10px; align-items: center; padding: 6px 10px; border-bottom: 1px solid var(--line); background: var(--panel); }
.vbar button { margin-left: auto; font: inherit; padding: 2px 12px; }
.vscroll { flex: 1; overflow: auto; background: #e9ecef; }
.frame.full { overflow: visible; margin: 8px; } .frame.full img { width: auto; max-width: none; }
.noshot { padding: 30px 10px; text-align: center; color: var(--muted); font-style: italic; background: repeating-linear-gradient(45deg, #fff, #fff 6px, #f3f3f3 6px, #f3f3f3 12px); border: 1px dashed var(--line); }
.problem { color: var(--crit); } .note { color: var(--muted); font-size: 12px; }
.kbd { font-family: ui-monospace, monospace; border: 1px solid var(--line); border-radius: 3px; padding: 0 3px; background: #fff; }
footer { color: var(--muted); font-size: 11px; padding: 10px 16px; border-top: 1px solid var(--line); }
a { color: var(--focus); }
@media print {
  .filters, .modes, .more, button.chip, .kbdhelp { display: none !important; }
  header.top { background: #fff; color: #000; border-bottom: 2px solid #000; }
  .work { display: block; } .listwrap { max-height: none; overflow: visible; position: static; border: 0; }
  table.list th { position: static; }
  .detail { break-before: page; border: 0; padding: 0; }
  .frame img.top:not(.hidden) { display: none; } .shots { grid-template-columns: 1fr 1fr; }
  #stage { max-height: none; overflow: visible; } dialog.viewer { display: none; }
  tr, figure, li { break-inside: avoid; }
  .sev, .st { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
