// The trainer's handout: for one environment, per journey in the order trainers wrote them, what is
// different from what staff were trained on, in plain English, with before/after crops. One HTML
// file (crops embedded, no script, strict CSP) that prints on A4, and a PDF printed by Chromium.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../model/config.js';
import { writeFileAtomic } from '../../util/files.js';
import { UsageError } from '../../util/errors.js';
import { inside } from '../../util/paths.js';
import { loadReportContext, type ReportContext } from '../context.js';
import type { ReportDivergence } from '../document.js';
import { isAccepted, stepKey } from '../severity.js';
import { escapeHtml } from '../../util/html.js';
import { showBidiControls } from '../../util/bidi.js';
import { cropFor, evidenceBox, type Crop } from './crops.js';
import { HANDOUT_CSS } from './handout-style.js';
import { launchReportBrowser } from '../browser.js';
import type { ReportCode } from '../codes.js';

export interface HandoutOptions {
  env: string;
  /** Output HTML file (default <run>/report/handout-<env>.html). */
  out?: string;
  pdf?: boolean;
  /** Leave out accepted divergences (default: included, since staff still meet them). */
  skipAccepted?: boolean;
}

const WHAT: Record<Severity, string> = {
  critical: 'Stops the trained route',
  major: 'Changes what staff do',
  minor: 'Changes what staff read',
  cosmetic: 'Looks different only',
};

interface Item { d: ReportDivergence; before?: Crop; after?: Crop }

export async function writeHandout(runDir: string, opts: HandoutOptions): Promise<{ html: string; pdf?: string }> {
  const ctx = loadReportContext(runDir);
  const env = ctx.doc.environments.find((e) => e.name === opts.env);
  if (!env || env.role !== 'target') {
    const targets = ctx.doc.environments.filter((e) => e.role === 'target').map((e) => e.name);
    throw new UsageError('HANDOUT_UNKNOWN_ENV' satisfies ReportCode, `'${opts.env}' is not a compared environment of this run; choose one of ${targets.join(', ')}`);
  }
  const html = await handoutHtml(ctx, opts);
  const file = opts.out ? resolve(opts.out) : inside(ctx.outDir, `handout-${opts.env}.html`);
  writeFileAtomic(file, html);
  if (!opts.pdf) return { html: file };
  const pdf = file.replace(/\.html?$/i, '') + '.pdf';
  await printPdf(file, pdf);
  return { html: file, pdf };
}

export async function handoutHtml(ctx: ReportContext, opts: HandoutOptions): Promise<string> {
  const { doc } = ctx;
  const label = (n: string) => doc.environments.find((e) => e.name === n)?.label ?? n;
  const refEnv = doc.run.reference.replace(/^baseline:/, '');
  const refName = label(refEnv), tgtName = label(opts.env);
  const sections: string[] = [];
  const contents: string[] = [];
  let told = 0;
  for (const j of doc.journeys) {
    // Already in route order, worst first within a step (the document's order).
    const ds = doc.divergences
      .filter((d) => d.journey === j.id && d.target === opts.env && !(opts.skipAccepted && isAccepted(d)));
    const cell = doc.matrix.find((c) => c.journey === j.id && c.target === opts.env);
    const items: Item[] = [];
    for (const d of ds) {
      const refCap = d.referenceStep !== undefined ? ctx.captures.get(stepKey(refEnv, j.id, d.referenceStep)) : undefined;
      const tgtCap = d.targetStep !== undefined ? ctx.captures.get(stepKey(opts.env, j.id, d.targetStep)) : undefined;
      const refBox = refCap && evidenceBox(d.evidence, 'reference', refCap.controls);
      const tgtBox = tgtCap && evidenceBox(d.evidence, 'target', tgtCap.controls);
      // A field that is new has no box in training: show the same place there, where it is absent.
      items.push({
        d,
        before: await cropFor(ctx.runDir, refCap, refBox ?? (refCap && tgtBox)),
        after: await cropFor(ctx.runDir, tgtCap, tgtBox ?? (tgtCap && refBox)),
      });
    }
    told += items.filter((i) => i.d.severity !== 'cosmetic').length;
    const id = `j-${doc.journeys.indexOf(j)}`;
    const down = cell && cell.status !== 'compared';
    contents.push(`<li><a href="#${id}">${x(j.title)}</a> — ${down ? `<b>not checked (${x(cell.status)})</b>` : items.length ? `${items.length} difference${items.length === 1 ? '' : 's'}` : 'as trained'}</li>`);
    const body: string[] = [];
    if (down) body.push(`<p class="warn">This journey could not be checked in ${x(tgtName)} (${x(cell.status)}${j.runs[opts.env]?.error ? `: ${x(j.runs[opts.env]!.error!)}` : ''}). Check it by hand before go-live.</p>`);
    if (!items.length && !down) body.push(`<p class="same">No differences found: this journey works as trained.</p>`);
    items.forEach((it, n) => body.push(itemHtml(it, n + 1, refName, tgtName)));
    sections.push(`<section class="journey" id="${id}"><h2>${x(j.title)}</h2>${body.join('\n')}</section>`);
  }
  const css = HANDOUT_CSS;
  const hash = createHash('sha256').update(css).digest('base64');
  const csp = `default-src 'none'; img-src data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  const when = doc.run.createdAt.slice(0, 10);
  return `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${x(`What is different in ${tgtName} — trainer's handout`)}</title>
<style>${css}</style></head>
<body>
<header><h1>What is different in ${x(tgtName)}</h1>
<p class="sub">Compared with ${x(refName)}, the system staff were trained on. Checked ${x(when)} (run ${x(doc.run.id)}), Parity ${x(doc.tool.version)}.
${told} thing${told === 1 ? '' : 's'} to tell staff across ${doc.journeys.length} journey${doc.journeys.length === 1 ? '' : 's'}.</p>
<ol class="contents">${contents.join('')}</ol></header>
${sections.join('\n')}
<footer>Items marked “accepted” are known and approved differences: staff still need to know them.</footer>
</body></html>
`;
}

/** Escaped for HTML, with bidi controls of page text shown as tokens (see util/bidi.ts). */
function x(s: string): string {
  return escapeHtml(showBidiControls(s));
}

function itemHtml(it: Item, n: number, refName: string, tgtName: string): string {
  const { d } = it;
  const e = d.evidence;
  const facts: string[] = [];
  // A blocked step's evidence is the action as written (YAML) and candidates with scores: the
  // sentence says it in words, and the report's detail view keeps the rest.
  const blocked = d.kind === 'journey-blocked';
  const val = (v: unknown) => (v === null ? 'nothing' : Array.isArray(v) ? v.join(', ') : String(v));
  // Page text in each value is isolated, so right-to-left text cannot reorder what surrounds it.
  const bdi = (s: string) => `<bdi>${x(s)}</bdi>`;
  if (!blocked && e.before !== undefined) facts.push(`<dt>Trained on</dt><dd>${bdi(val(e.before))}</dd>`);
  if (!blocked && e.after !== undefined) facts.push(`<dt>${x(tgtName)}</dt><dd>${bdi(val(e.after))}</dd>`);
  if (!blocked && e.added?.length) facts.push(`<dt>New in ${x(tgtName)}</dt><dd>${e.added.map(bdi).join(', ')}</dd>`);
  if (!blocked && e.removed?.length) facts.push(`<dt>No longer there</dt><dd>${e.removed.map(bdi).join(', ')}</dd>`);
  if (!blocked && e.renamed?.length) facts.push(`<dt>Renamed</dt><dd>${e.renamed.map((r) => `${bdi(r.from)} → ${bdi(r.to)}`).join(', ')}</dd>`);
  const acc = d.status === 'accepted' && d.acceptance ? `<p class="acc">Accepted by ${x(d.acceptance.by)}: ${x(d.acceptance.reason)}</p>` : '';
  const fig = (c: Crop | undefined, caption: string, none: string) => c
    ? `<figure><figcaption>${x(caption)}</figcaption><img src="${c.dataUri}" width="${c.width}" height="${c.height}" alt="${x(caption)}"></figure>`
    : `<figure class="none"><figcaption>${x(caption)}</figcaption><div>${x(none)}</div></figure>`;
  const pics = it.before || it.after
    ? `<div class="pics">${fig(it.before, `Trained on (${refName})`, 'No such screen in training')}${fig(it.after, `From go-live (${tgtName})`, d.kind === 'step-missing' ? 'This screen is not there' : 'No screenshot')}</div>`
    : '';
  return `<article class="item ${d.severity}"><h3><span class="n">${n}</span> <span class="what">${x(WHAT[d.severity])}</span> <span class="step">Step: ${x(d.step)}</span></h3>
<p class="msg">${x(d.message)}</p>${facts.length ? `<dl>${facts.join('')}</dl>` : ''}${acc}${pics}</article>`;
}

/** Prints the handout with Chromium: A4, backgrounds on (severity bars), page numbers in the footer. */
export async function printPdf(htmlFile: string, pdfFile: string): Promise<void> {
  const browser = await launchReportBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.pdf({
      path: pdfFile, format: 'A4', printBackground: true, margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
      displayHeaderFooter: true, headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#555">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}
