// A panel that may render late. Normally its content is in the page; under --slow-element the
// server sends a "Loading" placeholder and the content in a <template>, and the client script puts
// it in place after the delay, the way a PAS panel fed by a slow service behaves.
import type { Ctx } from '../context.js';
import { esc } from './html.js';

export function latePanel(ctx: Ctx, heading: string, content: string): string {
  const h = `<h2>${esc(heading)}</h2>`;
  if (!ctx.faults.slowElementMs) return `<section class="panel" aria-label="${esc(heading)}">${h}<div class="panel-body">${content}</div></section>`;
  return `<section class="panel late-panel" aria-label="${esc(heading)}">${h}<div class="panel-body" data-late-body><p class="loading">Loading...</p></div><template data-late-content>${content}</template></section>`;
}
