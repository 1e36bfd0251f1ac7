// Values a run made up for itself (${gen.nhsNumber}, ${gen.name}, ${gen.id}, ${run.id}) are the same
// in every environment of a run but new in the next one. Shown on a screen, they would make tonight's
// capture differ from last night's and from the approved baseline in words and in pixels. So while a
// step is captured they stand on the page as fixed placeholders ("[new NHS number]"): text, the
// accessibility snapshot and the screenshot all hold the placeholder, laid out the same every night.
// The page gets its own text back as soon as the capture is taken; journey.json keeps the values.
import type { Page } from 'playwright';
import type { GeneratedValue } from '../model/capture.js';
import { inPageScript } from '../util/in-page-script.js';

const PLACEHOLDER: Record<GeneratedValue['kind'], string> = {
  nhsNumber: '[new NHS number]', name: '[new name]', id: '[new id]', runId: '[run id]',
};

export function placeholderFor(kind: GeneratedValue['kind']): string {
  return PLACEHOLDER[kind];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How the value can appear on a page: an NHS number in any spacing, a name in any case. */
export function valuePattern(v: GeneratedValue): { source: string; flags: string } {
  if (v.kind === 'nhsNumber') {
    const digits = v.value.replace(/\D/g, '').split('').join('[\\s-]?');
    return { source: `(?<!\\d)${digits}(?!\\d)`, flags: 'g' };
  }
  if (v.kind === 'name') return { source: `(?<!\\p{L})${escapeRe(v.value)}(?!\\p{L})`, flags: 'giu' };
  return { source: escapeRe(v.value), flags: 'g' };
}

/** In-page: replace the values in text nodes (open shadow roots too) and field values; remember what was there. */
const SWAP_SCRIPT = inPageScript('capture/in-page/swap-generated.js');

const RESTORE_SCRIPT = inPageScript('capture/in-page/restore-generated.js');

/** Puts the placeholders in every frame of the page; returns a function that gives the page its text back. */
export async function hideGenerated(page: Page, values: GeneratedValue[]): Promise<() => Promise<void>> {
  if (!values.length) return async () => {};
  const arg = JSON.stringify({ values: values.map((v) => ({ ...valuePattern(v), to: placeholderFor(v.kind) })) });
  const frames = page.frames();
  await Promise.all(frames.map((f) => f.evaluate(`(${SWAP_SCRIPT})(${arg})`).catch(() => 0)));
  return async () => {
    await Promise.all(frames.map((f) => (f.isDetached() ? undefined : f.evaluate(`(${RESTORE_SCRIPT})()`).catch(() => {}))));
  };
}
