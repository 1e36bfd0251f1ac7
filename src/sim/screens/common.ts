// Small pieces several screens share: finding the patient of a URL, the not-found page, and the
// message a screen shows after a save (carried in ?done=, so a reload shows the same page).
import type { Ctx, Res } from '../context.js';
import type { Patient } from '../data/store.js';
import type { VariantConfig } from '../variants/types.js';
import { page } from '../ui/layout.js';
import { esc, statusMessage } from '../ui/html.js';

export function notFound(ctx: Ctx, what = 'page'): Res {
  const res = page(ctx, { title: 'Not found', screen: 'not-found', body: `<h1>Not found</h1><p class="intro">There is no ${esc(what)} at this address.</p><p><a href="/home">Go to the home page</a></p>` });
  return { ...res, status: 404 };
}

export function withPatient(ctx: Ctx, fn: (p: Patient) => Res): Res {
  const p = ctx.store.patients.get(ctx.params.mrn ?? '');
  return p ? fn(p) : notFound(ctx, 'patient');
}

/** The confirmation a save left behind, from the variant's own wording. */
export function doneMessage(ctx: Ctx): string {
  const key = ctx.query.get('done') as keyof VariantConfig['messages'] | null;
  const text = key ? ctx.cfg.messages[key] : undefined;
  return text ? statusMessage(text) : '';
}
