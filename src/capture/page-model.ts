// Reads the page model (controls + identity) through the in-page script and tidies it in Node.
import type { Frame, Page } from 'playwright';
import type { Box, FormControl, PageIdentity } from '../model/capture.js';
import { PAGE_MODEL_SCRIPT } from './page-script.js';
import { childFrames, panelName } from '../browser/locators.js';

export interface RawModel {
  controls: FormControl[];
  identity: PageIdentity;
  menu: string[];
  menuLinks: string[];
  headingBoxes: { role: string; name: string; box: Box }[];
  areas: { name: string; box: Box }[];
  page: { width: number; height: number };
}

export interface PageModel {
  controls: FormControl[];
  identity: PageIdentity;
  /** Everything a person could aim at, for "nearest candidates" when a locator finds nothing. */
  elements: { role: string; name: string; box: Box; frame?: string }[];
}

/** /patient/12345/book?x=1 → /patient/:id/book: record ids differ between environments, routes do not. */
export function normalisePath(pathname: string): string {
  return pathname
    .split('/')
    .map((seg) => (/^\d+$/.test(seg) || /^[0-9a-f]{8,}(-[0-9a-f]{4,})*$/i.test(seg) ? ':id' : seg))
    .join('/');
}

function without(list: string[], remove: string[]): string[] {
  const left = [...remove];
  return list.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** Where a frame's content sits on the page: its iframe's content box in page coordinates, less the
 *  frame's own scroll; nested frames add up through their parents. Undefined for a frame a person
 *  cannot see (no size, hidden, or inside such a frame). */
async function frameOffset(frame: Frame, memo: Map<Frame, Promise<Box | undefined>>): Promise<Box | undefined> {
  const known = memo.get(frame);
  if (known) return known;
  const work = (async (): Promise<Box | undefined> => {
    const parent = frame.parentFrame();
    if (!parent) return { x: 0, y: 0, width: 0, height: 0 };
    const base = await frameOffset(parent, memo);
    if (!base) return undefined;
    const el = await frame.frameElement();
    const at = await el.evaluate((n) => {
      const e = n as HTMLElement;
      const r = e.getBoundingClientRect();
      const cs = getComputedStyle(e);
      if (r.width < 1 || r.height < 1 || cs.visibility === 'hidden') return undefined;
      return {
        x: r.left + window.scrollX + e.clientLeft + parseFloat(cs.paddingLeft),
        y: r.top + window.scrollY + e.clientTop + parseFloat(cs.paddingTop),
        width: e.clientWidth, height: e.clientHeight,
      };
    });
    await el.dispose();
    if (!at) return undefined;
    const scroll = await frame.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    return { x: base.x + at.x - scroll.x, y: base.y + at.y - scroll.y, width: at.width, height: at.height };
  })().catch(() => undefined); // detached or navigating: not part of this screen
  memo.set(frame, work);
  return work;
}

function shifted(b: Box, by: Box): Box {
  return { x: Math.round(b.x + by.x), y: Math.round(b.y + by.y), width: b.width, height: b.height };
}

/** One frame's model, read by the same in-page script as the page's. */
interface FrameModel { raw: RawModel; panel: string; offset: Box }

async function readFrames(page: Page, script: string): Promise<FrameModel[]> {
  const memo = new Map<Frame, Promise<Box | undefined>>();
  const out: FrameModel[] = [];
  for (const f of childFrames(page)) {
    const offset = await frameOffset(f, memo);
    if (!offset) continue;
    const raw = (await f.evaluate(script).catch(() => undefined)) as RawModel | undefined;
    if (raw) out.push({ raw, panel: await panelName(f), offset: { ...offset, x: Math.round(offset.x), y: Math.round(offset.y) } });
  }
  return out;
}

/**
 * Folds each frame's model into the page's: a person sees one screen. Controls keep their own
 * region where they have one, else the panel's name; boxes move to where the frame shows them.
 */
function mergeFrames(raw: RawModel, frames: FrameModel[]): RawModel {
  const out: RawModel = { ...raw, controls: [...raw.controls], identity: { ...raw.identity }, menu: [...raw.menu], menuLinks: [...raw.menuLinks], headingBoxes: [...raw.headingBoxes], areas: [...raw.areas] };
  const id = out.identity;
  for (const { raw: r, panel, offset } of frames) {
    for (const c of r.controls) {
      const moved: FormControl = { ...c, box: shifted(c.box, offset), region: c.region ?? panel, frame: panel };
      for (const k of ['labelBox', 'descriptionBox', 'listBox'] as const) if (c[k]) moved[k] = shifted(c[k], offset);
      if (c.valueSpan) moved.valueSpan = { x: c.valueSpan.x + offset.x, width: c.valueSpan.width };
      out.controls.push(moved);
    }
    const fi = r.identity;
    id.headings = [...id.headings, ...fi.headings];
    id.buttons = [...id.buttons, ...fi.buttons];
    id.links = [...id.links, ...fi.links];
    id.tabs = [...id.tabs, ...fi.tabs];
    id.messages = [...new Set([...id.messages, ...fi.messages])];
    id.texts = [...new Set([...id.texts, ...fi.texts])];
    id.tableHeaders = [...id.tableHeaders, ...fi.tableHeaders];
    if (fi.tableRows) id.tableRows = [...(id.tableRows ?? []), ...fi.tableRows];
    if (fi.tables) id.tables = [...(id.tables ?? []), ...fi.tables.map((t) => (t.box ? { ...t, box: shifted(t.box, offset) } : t))];
    if (id.dialog === undefined && fi.dialog !== undefined) id.dialog = fi.dialog;
    // Lists of words the script gains later are merged too, each entry once.
    const known = new Set(['headings', 'buttons', 'links', 'tabs', 'messages', 'texts', 'tableHeaders', 'tableRows', 'tables', 'menuItems']);
    const loose = id as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(fi)) {
      if (known.has(k) || !Array.isArray(v) || !v.every((x) => typeof x === 'string')) continue;
      const mine = Array.isArray(loose[k]) ? (loose[k] as string[]) : [];
      loose[k] = [...new Set([...mine, ...(v as string[])])];
    }
    if (!id.mainHeading && fi.mainHeading) id.mainHeading = fi.mainHeading;
    out.menu.push(...r.menu);
    out.menuLinks.push(...r.menuLinks);
    out.headingBoxes.push(...r.headingBoxes.map((h) => ({ ...h, box: shifted(h.box, offset) })));
    // The panel itself is a part of the page a person names.
    out.areas.push({ name: `the panel '${panel}'`, box: offset }, ...r.areas.map((a) => ({ name: `${a.name} in the panel '${panel}'`, box: shifted(a.box, offset) })));
  }
  out.controls.forEach((c, i) => { c.order = i; });
  return out;
}

/** What the page script reads, for the page and every visible frame in it, as one screen. */
export async function readRawModel(page: Page, opts: { values: boolean }): Promise<RawModel> {
  const script = `(${PAGE_MODEL_SCRIPT})(${JSON.stringify(opts)})`;
  const main = (await page.evaluate(script)) as RawModel;
  return page.frames().length > 1 ? mergeFrames(main, await readFrames(page, script)) : main;
}

export async function readPageModel(page: Page, opts: { values: boolean }): Promise<PageModel> {
  const raw = await readRawModel(page, opts);
  const identity: PageIdentity = {
    ...raw.identity,
    path: normalisePath(raw.identity.path),
    // Links in a navigation bar are menu entries to a person; the rest are links.
    links: without(raw.identity.links, raw.menuLinks),
    menuItems: [...new Set(raw.menu.filter(Boolean))],
    areas: raw.areas.slice(0, 100),
  };
  if (identity.dialog === undefined) delete identity.dialog;
  for (const c of raw.controls) {
    for (const k of Object.keys(c) as (keyof FormControl)[]) if (c[k] === undefined) delete c[k];
  }
  const elements = [...raw.controls.map((c) => ({ role: c.role, name: c.name, box: c.box, ...(c.frame ? { frame: c.frame } : {}) })), ...raw.headingBoxes];
  return { controls: raw.controls, identity, elements };
}

/**
 * The accessibility snapshot of the whole screen. Playwright's snapshot of the page shows a frame as
 * a bare "- iframe"; each visible frame's own snapshot follows, under a line naming its panel.
 */
export async function readAriaSnapshot(page: Page, timeoutMs: number): Promise<string> {
  const main = await page.locator('body').ariaSnapshot({ timeout: timeoutMs });
  if (page.frames().length === 1) return main;
  const memo = new Map<Frame, Promise<Box | undefined>>();
  const parts = [main];
  for (const f of childFrames(page)) {
    if (!(await frameOffset(f, memo))) continue;
    const snap = await f.locator('body').ariaSnapshot({ timeout: timeoutMs }).catch(() => undefined);
    if (snap === undefined) continue;
    parts.push(`- panel ${JSON.stringify(await panelName(f))}:`, snap.split('\n').map((l) => `  ${l}`).join('\n'));
  }
  return parts.join('\n');
}
