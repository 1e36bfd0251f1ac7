// Escaping and the few HTML fragments every screen needs. Pages are plain strings built in a
// fixed order, so the same request always renders the same bytes.

import { escapeHtml } from '../../util/html.js';

export function esc(s: string | number | undefined | null): string {
  return escapeHtml(String(s ?? ''));
}

/** Attributes from a record: `true` writes the bare name, false/undefined/null leaves it out. */
export function attrs(a: Record<string, string | number | boolean | undefined | null>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    out += v === true ? ` ${k}` : ` ${k}="${esc(v)}"`;
  }
  return out;
}

/**
 * A data table with column headers (scope=col), the way reports and lists are shown. With
 * `rowHeaders`, the first cell of each row is its header (scope=row): a report's specialty or total.
 */
export function table(opts: { caption: string; headers: string[]; rows: string[][]; className?: string; empty?: string; captionHidden?: boolean; rowHeaders?: boolean }): string {
  const head = opts.headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const cellOf = (c: string, i: number) => (opts.rowHeaders && i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`);
  const body = opts.rows.length
    ? opts.rows.map((r) => `<tr>${r.map(cellOf).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${opts.headers.length}" class="empty">${esc(opts.empty ?? 'None')}</td></tr>`;
  const cap = `<caption${opts.captionHidden ? ' class="visually-hidden"' : ''}>${esc(opts.caption)}</caption>`;
  return `<table class="grid ${opts.className ?? ''}">${cap}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A success or information message shown at the top of a screen after a save. */
export function statusMessage(text: string): string {
  return `<div class="status-message" role="status">${esc(text)}</div>`;
}

/** A message that stops the person: shown with role=alert so it is announced and captured. */
export function alertMessage(text: string): string {
  return `<div class="alert-message" role="alert">${esc(text)}</div>`;
}

/** A toolbar of actions, and the live region its buttons' data-announce messages are spoken into. */
export function actionBar(label: string, content: string): string {
  return `<div class="action-bar" role="toolbar" aria-label="${esc(label)}">${content}</div><div class="announce" role="status" aria-live="polite" data-announce-target></div>`;
}

export function linkButton(label: string, href: string, primary = false): string {
  return `<a class="btn${primary ? ' primary' : ''}" href="${esc(href)}">${esc(label)}</a>`;
}

/** Key/value pairs as a definition list (patient details, encounter details). */
export function details(pairs: [string, string][], className = 'details'): string {
  return `<dl class="${className}">${pairs.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}
