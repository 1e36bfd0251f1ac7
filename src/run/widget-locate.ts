// Finding the ONE drop-down a person sees under a label, where a widget library has hidden the
// native <select> the label points at, nested several role-bearing wrappers under one label, or
// drawn a label that is not tied to its control. Kept apart from browser/locators.ts (plain Playwright
// locators for every action); this is what `select` adds on top.
import type { Locator as PwLocator, Page } from 'playwright';
import type { Locator } from '../model/journey.js';
import { describeLocator, namePattern, resolveLocator } from '../browser/locators.js';

/** What `select` operates: the widget a person sees, and the native select it stands for, if any. */
export interface Widget {
  el: PwLocator;
  /** The hidden native <select> behind a custom widget: where the choice is checked. */
  hidden?: PwLocator;
}

/** One element a locator matched, turned into the control a person operates (an XPath from it), or none. */
interface Mapped { index: number; path: string; viaHidden: boolean }

/**
 * In the page: for each matched element, the control a person operates. A shown element is itself;
 * a hidden one (a native select a library replaced) stands for the shown widget around it or beside
 * it. Then one control per widget: a wrapper that contains another match is the same control (SurveyJS
 * puts three comboboxes under one title), so the innermost, the one that takes focus, is kept.
 */
function mapInPage(nodes: Element[]): Mapped[] {
  // What a person sees: a box bigger than a pixel, not see-through. Choices 11 keeps its replaced
  // multi-select laid out but at opacity 0 (Playwright counts that as visible; a person does not).
  const shown = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const OPERABLE = 'input:not([type=hidden]),select,textarea,button,[role=combobox],[role=listbox],[role=button],[tabindex]:not([tabindex="-1"])';
  const operable = (e: Element) => e.matches(OPERABLE) && shown(e);
  const inside = (e: Element): number => {
    const all = [...e.querySelectorAll('*')];
    return all.findIndex((d) => operable(d)) + 1;
  };
  const out: { index: number; path: string; el: Element; viaHidden: boolean }[] = [];
  nodes.forEach((n, index) => {
    // A shown element that takes no input is only carrying the words (SurveyJS 1.11 puts the label
    // on its title heading too): not a control.
    if (shown(n)) { if (operable(n)) out.push({ index, path: '', el: n, viaHidden: false }); return; }
    // Only a hidden form control stands for a widget drawn in its place; a hidden list is a
    // combobox's closed popup (it carries the label too) and stands for nothing.
    if (!n.matches('select, input, textarea')) return;
    // The widget drawn around the hidden control (Choices: select → inner box → the focusable box).
    let a = n.parentElement;
    for (let k = 1; a && k <= 3; k++, a = a.parentElement) {
      if (!operable(a)) continue;
      // Where the widget has a box to type in (a multi-select's search box), that is where a person
      // clicks: the middle of the whole widget may be a chosen entry's remove button.
      const all = [...a.querySelectorAll('input:not([type=hidden])')].filter((i) => shown(i));
      const d = all[0] ? [...a.querySelectorAll('*')].indexOf(all[0]) + 1 : 0;
      out.push(d ? { index, path: `ancestor::*[${k}]/descendant::*[${d}]`, el: all[0]!, viaHidden: true } : { index, path: `ancestor::*[${k}]`, el: a, viaHidden: true });
      return;
    }
    // The widget drawn next to it (select2, react-select's hidden input): a shown sibling or its first control.
    for (const [axis, step] of [['following-sibling', 'nextElementSibling'], ['preceding-sibling', 'previousElementSibling']] as const) {
      let s = n[step];
      for (let k = 1; s && k <= 2; k++, s = s[step]) {
        if (operable(s)) { out.push({ index, path: `${axis}::*[${k}]`, el: s, viaHidden: true }); return; }
        const d = shown(s) ? inside(s) : 0;
        if (d) { out.push({ index, path: `${axis}::*[${k}]/descendant::*[${d}]`, el: s.querySelectorAll('*')[d - 1]!, viaHidden: true }); return; }
      }
    }
  });
  // One entry per control; the one reached from a hidden select is kept, as the choice is checked there.
  const unique = out.filter((m, i) => {
    const same = out.filter((o) => o.el === m.el);
    return (same.find((o) => o.viaHidden) ?? same[0]) === m && out.indexOf(m) === i;
  });
  const inner = unique.filter((m) => !unique.some((o) => o !== m && m.el.contains(o.el)));
  // A control the label names directly wins over one reached through a hidden select elsewhere.
  const direct = inner.filter((m) => !m.viaHidden || out.some((o) => o.el === m.el && !o.viaHidden));
  return (direct.length ? direct : inner).map(({ index, path, viaHidden }) => ({ index, path, viaHidden }));
}

/** In the page: for labels tied to nothing (json-editor 2.9), the control that follows the label. */
function followingControl(labels: Element[]): Mapped[] {
  const CONTROL = 'input:not([type=hidden]),select,textarea,[role=combobox],[role=listbox]';
  const out: Mapped[] = [];
  labels.forEach((l, index) => {
    if ((l as HTMLLabelElement).control || l.getAttribute('for')) return; // tied: getByLabel already saw it
    let s = l.nextElementSibling;
    for (let k = 1; s && k <= 2; k++, s = s.nextElementSibling) {
      if (s.matches(CONTROL)) { out.push({ index, path: `following-sibling::*[${k}]`, viaHidden: false }); return; }
      const all = [...s.querySelectorAll('*')];
      const d = all.findIndex((x) => x.matches(CONTROL)) + 1;
      if (d) { out.push({ index, path: `following-sibling::*[${k}]/descendant::*[${d}]`, viaHidden: false }); return; }
      if (s.matches('label')) break; // the next field's label: this one has no control of its own
    }
  });
  return out;
}

function pick(base: PwLocator, m: Mapped): Widget {
  const at = base.nth(m.index);
  return m.path ? { el: at.locator(`xpath=${m.path}`), hidden: m.viaHidden ? at : undefined } : { el: at };
}

export class WidgetNotFound extends Error {}

/**
 * The one drop-down `loc` names. Exact words first, counting hidden matches: a label that names a
 * hidden select exactly stands for its widget, so the partial match ('Clinic' inside 'Referring
 * clinician') is only tried when nothing bears the exact words, and never replaces an exact match
 * that is merely slow to show.
 */
export async function locateWidget(page: Page, loc: Locator, timeoutMs: number, inFrames?: () => Promise<PwLocator | undefined>): Promise<Widget> {
  const { nth, ...rest } = loc;
  const passes = loc.exact === undefined && (loc.role || loc.label)
    ? [{ ...rest, exact: true }, rest]
    : [rest];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let exactSeen = false;
    for (const [i, p] of passes.entries()) {
      if (i > 0 && exactSeen) break;
      let base = resolveLocator(page, p);
      let found = await base.evaluateAll(mapInPage);
      if (!found.length && p.label !== undefined && !p.within) {
        const labels = page.locator('label').filter({ hasText: namePattern(p.label, p.exact ?? false) });
        const tied = await labels.evaluateAll(followingControl);
        if (tied.length) [base, found] = [labels, tied];
      }
      const w = found.length ? choose(base, found, nth, loc) : undefined;
      if (w) return w;
      if (i === 0 && passes.length > 1 && (await base.count()) > 0) exactSeen = true;
    }
    // Nothing in the page itself: the panels (frames) of the screen, as every other action looks.
    const framed = inFrames && (await inFrames());
    if (framed) return { el: framed };
    if (Date.now() > deadline) {
      throw new WidgetNotFound(exactSeenMessage(loc, await resolveLocator(page, passes[0]!).count()));
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function exactSeenMessage(loc: Locator, hiddenCount: number): string {
  return hiddenCount
    ? `${describeLocator(loc)} is in the page but hidden, and nothing on the screen stands for it`
    : `${describeLocator(loc)} is not on the screen`;
}

/** The widget, or undefined while fewer than nth + 1 are on the screen (more may still be drawn). */
function choose(base: PwLocator, found: Mapped[], nth: number | undefined, loc: Locator): Widget | undefined {
  if (nth !== undefined) return found.length > nth ? pick(base, found[nth]!) : undefined;
  if (found.length > 1) throw new WidgetNotFound(`${found.length} drop-downs match ${describeLocator(loc)}; add nth or within to say which`);
  return pick(base, found[0]!);
}
