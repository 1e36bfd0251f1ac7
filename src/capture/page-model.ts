// Reads the page model (controls + identity) through the in-page script and tidies it in Node.
import type { Page } from 'playwright';
import type { Box, FormControl, PageIdentity } from '../model/capture.js';
import { PAGE_MODEL_SCRIPT } from './page-script.js';

interface RawModel {
  controls: FormControl[];
  identity: PageIdentity;
  menu: string[];
  menuLinks: string[];
  headingBoxes: { role: string; name: string; box: Box }[];
  page: { width: number; height: number };
}

export interface PageModel {
  controls: FormControl[];
  identity: PageIdentity;
  /** Everything a person could aim at, for "nearest candidates" when a locator finds nothing. */
  elements: { role: string; name: string; box: Box }[];
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

export async function readPageModel(page: Page, opts: { values: boolean }): Promise<PageModel> {
  const raw = (await page.evaluate(`(${PAGE_MODEL_SCRIPT})(${JSON.stringify(opts)})`)) as RawModel;
  const identity: PageIdentity = {
    ...raw.identity,
    path: normalisePath(raw.identity.path),
    // Links in a navigation bar are menu entries to a person; the rest are links.
    links: without(raw.identity.links, raw.menuLinks),
    menuItems: [...new Set(raw.menu.filter(Boolean))],
  };
  if (identity.dialog === undefined) delete identity.dialog;
  for (const c of raw.controls) {
    for (const k of Object.keys(c) as (keyof FormControl)[]) if (c[k] === undefined) delete c[k];
  }
  const elements = [...raw.controls.map((c) => ({ role: c.role, name: c.name, box: c.box })), ...raw.headingBoxes];
  return { controls: raw.controls, identity, elements };
}
