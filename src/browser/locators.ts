// Turning a trainer's locator ({ role: button, name: Book }) into a Playwright locator.
import type { Frame, Locator as PwLocator, Page } from 'playwright';
import type { Locator } from '../model/journey.js';

type Root = Page | Frame | PwLocator;
type AriaRole = Parameters<Page['getByRole']>[0];

// Real systems put zero-width spaces, soft hyphens and non-breaking spaces inside labels
// (copied from Word, or injected by a templating engine). A person reads through them; so do we.
const INVISIBLE = '[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]*';

function escapeRe(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that matches the name with any invisible characters between letters and any run of spaces. */
export function namePattern(name: string, exact: boolean): RegExp {
  const parts: string[] = [];
  for (const ch of name.trim()) {
    parts.push(/\s/.test(ch) ? '[\\s\\u00A0]+' : escapeRe(ch));
  }
  const body = parts.join(INVISIBLE);
  return exact ? new RegExp(`^\\s*${INVISIBLE}${body}${INVISIBLE}\\s*$`) : new RegExp(body, 'i');
}

export function resolveLocator(root: Root, loc: Locator): PwLocator {
  const base = loc.within ? resolveLocator(root, loc.within) : root;
  const exact = loc.exact ?? false;
  let l: PwLocator;
  if (loc.role) {
    l = base.getByRole(loc.role as AriaRole, loc.name !== undefined ? { name: namePattern(loc.name, exact) } : {});
  } else if (loc.label !== undefined) {
    l = base.getByLabel(namePattern(loc.label, exact));
  } else if (loc.text !== undefined) {
    l = base.getByText(namePattern(loc.text, exact));
  } else if (loc.placeholder !== undefined) {
    l = base.getByPlaceholder(namePattern(loc.placeholder, exact));
  } else if (loc.testId !== undefined) {
    l = base.getByTestId(loc.testId);
  } else if (loc.css !== undefined) {
    l = base.locator(loc.css);
  } else {
    throw new Error('locator has no role, label, text, placeholder, testId or css');
  }
  return loc.nth !== undefined ? l.nth(loc.nth) : l;
}

const WORDS = ['name', 'label', 'text', 'placeholder', 'testId', 'css', 'frame'] as const;

/** The locator with ${…} in its words filled in: "the first free slot on ${date.today+1wd|ddd DD-MMM-YYYY}". */
export function fillLocator(loc: Locator, resolve: (text: string) => string): Locator {
  let out: Locator | undefined;
  for (const k of WORDS) {
    const v = loc[k];
    if (v !== undefined && v.includes('${')) (out ??= { ...loc })[k] = resolve(v);
  }
  if (loc.within) {
    const within = fillLocator(loc.within, resolve);
    if (within !== loc.within) (out ??= { ...loc }).within = within;
  }
  return out ?? loc;
}

/** How a person would say it: "the button 'Book'", "the field 'NHS number'". */
export function describeLocator(loc: Locator): string {
  let s: string;
  if (loc.role) s = loc.name !== undefined ? `the ${loc.role} '${loc.name}'` : `a ${loc.role}`;
  else if (loc.label !== undefined) s = `the field '${loc.label}'`;
  else if (loc.text !== undefined) s = `the text '${loc.text}'`;
  else if (loc.placeholder !== undefined) s = `the field with placeholder '${loc.placeholder}'`;
  else if (loc.testId !== undefined) s = `the element with test id '${loc.testId}'`;
  else s = `the element matching '${loc.css ?? '?'}'`;
  if (loc.nth !== undefined) s += ` (number ${loc.nth + 1})`;
  if (loc.within) s += ` within ${describeLocator(loc.within)}`;
  if (loc.frame !== undefined) s += ` in the panel '${loc.frame}'`;
  return s;
}

/** The role a locator is looking for, used to list candidates of the same kind when it is not found. */
export function wantedRole(loc: Locator): string | undefined {
  if (loc.role) return loc.role;
  if (loc.label !== undefined) return 'field';
  return undefined;
}

export function wantedName(loc: Locator): string | undefined {
  return loc.name ?? loc.label ?? loc.text ?? loc.placeholder ?? loc.testId;
}

// ---- Frames: one screen, whatever frames it is built from ----------------------------------

/** The name a person gives a frame's panel: the iframe's title, else its name, else its main
 *  heading, else the last part of its address. Never throws (a frame may be navigating). */
export async function panelName(frame: Frame): Promise<string> {
  try {
    const el = await frame.frameElement();
    const attr = ((await el.getAttribute('title')) || (await el.getAttribute('name')) || '').trim();
    await el.dispose();
    if (attr) return attr;
    const heading = await frame.evaluate(() => {
      const h = document.querySelector('h1') ?? document.querySelector('h2,h3,h4,[role=heading]');
      return (h?.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    if (heading) return heading;
  } catch {
    // detached or navigating: fall through to the address
  }
  const path = (() => { try { return new URL(frame.url()).pathname; } catch { return ''; } })();
  return path.split('/').filter(Boolean).pop() || frame.name() || 'frame';
}

/** Child frames of the page, nested ones included, in the order the browser attached them. */
export function childFrames(page: Page): Frame[] {
  return page.frames().filter((f) => f !== page.mainFrame() && !f.isDetached());
}

/** A frame a `frame:` modifier names: its name, title, panel name or address contains the words. */
async function frameNamed(frame: Frame, want: string, panel: string): Promise<boolean> {
  const w = want.toLowerCase();
  const title = await frame.frameElement().then((e) => e.getAttribute('title')).catch(() => null);
  return [frame.name(), title ?? '', panel, frame.url()].some((s) => s.toLowerCase().includes(w));
}

/** What is on the screen for one locator: the visible matches and the panels they are in. */
export interface OnScreen {
  count: number;
  /** The i-th visible match, counting across panels in frame order. */
  at(i: number): PwLocator;
  /** Panels holding the matches, one entry per match (empty for matches in the page itself). */
  panels: string[];
  /** Panels looked in beyond the page itself, for "is not on the screen" messages. */
  searched: string[];
}

/**
 * Visible matches for a locator the way a person scans a screen: the page first; when nothing
 * there matches, every frame in it (nested and cross-origin ones too), so a journey never has to
 * name frames. `frame:` looks only in the frames it names and the frames inside them.
 */
export async function onScreen(root: Root, loc: Locator): Promise<OnScreen> {
  const { frame: want, ...rest } = loc;
  const inOne = async (r: Root): Promise<{ l: PwLocator; n: number }> => {
    const l = resolveLocator(r, rest).filter({ visible: true });
    return { l, n: await l.count().catch(() => 0) };
  };
  const isPage = typeof (root as Page).mainFrame === 'function';
  if (!isPage) {
    const { l, n } = await inOne(root);
    return { count: n, at: (i) => l.nth(i), panels: [], searched: [] };
  }
  const page = root as Page;
  if (want === undefined) {
    const { l, n } = await inOne(page);
    if (n > 0 || page.frames().length === 1) return { count: n, at: (i) => l.nth(i), panels: [], searched: [] };
  }
  const found: { l: PwLocator; n: number; panel: string }[] = [];
  const searched: string[] = [];
  const chosen = new Set<Frame>();
  for (const f of childFrames(page)) {
    const panel = await panelName(f);
    if (want !== undefined) {
      const parentChosen = f.parentFrame() !== null && chosen.has(f.parentFrame()!);
      if (!parentChosen && !(await frameNamed(f, want, panel))) continue;
      chosen.add(f);
    }
    searched.push(panel);
    const { l, n } = await inOne(f);
    if (n > 0) found.push({ l, n, panel });
  }
  return {
    count: found.reduce((s, x) => s + x.n, 0),
    at(i) {
      for (const x of found) {
        if (i < x.n) return x.l.nth(i);
        i -= x.n;
      }
      return found.length ? found[found.length - 1]!.l.nth(found[found.length - 1]!.n) : resolveLocator(page, rest).nth(i);
    },
    panels: found.flatMap((x) => Array<string>(x.n).fill(x.panel)),
    searched,
  };
}

/** " (in the panels 'Record' and 'Results')": where several matches are, for an ambiguity error. */
export function wherePanels(panels: string[]): string {
  const names = [...new Set(panels)].map((p) => `'${p}'`);
  if (!names.length) return '';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return ` (in the panel${names.length > 1 ? 's' : ''} ${list})`;
}
