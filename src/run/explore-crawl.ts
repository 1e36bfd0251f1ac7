// `parity explore`: a read-only crawl of one environment from a start page, after sign-in. It opens
// only addresses it read from the page (links, menu entries, link tabs), only on the environment's
// origin, only with GET: nothing is clicked, typed or submitted, and the write guard refuses
// anything else whatever the config allows. It goes breadth first within page and depth limits,
// and leaves out what a crawl must not follow: sign-out and downloads; of the records a table
// lists (patients), only the first few (--rows) are opened.
import type { Browser } from 'playwright';
import type { EnvironmentConfig, ParityConfig } from '../model/config.js';
import { resolveTemplate } from '../load/template.js';
import { settle } from '../capture/settle.js';
import { openBrowser, firstLine } from '../browser/browser.js';
import { signIn, waitForEnvironment } from './env-session.js';
import { GuardProxies, guardSettings, leaveAndClose } from './guard-proxies.js';
import { newEnvContext } from './journey-runner.js';
import { applyNetPolicy } from './net-policy.js';
import { startSimEnvironments } from './sim-envs.js';

export interface ExploreOptions {
  config: ParityConfig;
  env: string;
  start: string;
  maxPages: number;
  maxDepth: number;
  /** Record links followed per table (the first patient of a list), so the screens of a record are reached. */
  rows: number;
  processEnv: NodeJS.ProcessEnv;
  onPage?(path: string, n: number): void;
}

export interface FoundScreen { path: string; title: string; heading?: string; depth: number; from?: string; via?: string }
export interface SkippedScreen { path: string; why: string }
export interface Explored { screens: FoundScreen[]; skipped: SkippedScreen[]; refused: number; ms: number; limited: boolean }

/** Words and addresses a crawl does not follow: it would end the session, or fetch a file. */
const SIGN_OUT = /\b(log|sign)\s*-?\s*(out|off)\b|\blogout\b|\bsignout\b/i;
const FILES = /\.(pdf|csv|xlsx?|docx?|zip|png|jpe?g|gif|svg|ico|css|js|json|xml|txt)$/i;

export async function explore(o: ExploreOptions): Promise<Explored> {
  const t0 = performance.now();
  // Read-only whatever the config says: a crawl only reads.
  const env: EnvironmentConfig = { ...o.config.environments[o.env]!, writes: 'blocked' };
  const sims = await startSimEnvironments([env]);
  const guards = new GuardProxies(guardSettings(o.config.browser, o.processEnv, true));
  let browser: Browser | undefined;
  let refused = 0;
  try {
    const resolve = (s: string) => resolveTemplate(s, { vars: env.vars, env: o.processEnv }, new Set());
    env.headers = Object.fromEntries(Object.entries(env.headers).map(([k, v]) => [k, resolve(v)]));
    await waitForEnvironment(env, o.config.capture.retries);
    browser = await openBrowser(o.config.browser, o.processEnv);
    const storageState = await signIn(browser, o.config, env, resolve, { proxies: guards, onRefused: () => void refused++ });
    const proxy = await guards.open(env, () => void refused++);
    const context = await newEnvContext(browser, o.config, env, storageState, proxy);
    await applyNetPolicy(context, { env, retries: o.config.capture.retries, onBlocked: () => void refused++ });
    const page = await context.newPage();
    const origin = new URL(env.baseUrl).origin;
    const screens: FoundScreen[] = [];
    const skipped: SkippedScreen[] = [];
    const seen = new Set<string>();
    const queue: { path: string; depth: number; from?: string; via?: string }[] = [{ path: new URL(o.start, env.baseUrl).pathname + new URL(o.start, env.baseUrl).search, depth: 0 }];
    seen.add(queue[0]!.path);
    let limited = false;
    try {
      while (queue.length) {
        if (screens.length + skipped.length >= o.maxPages) {
          limited = true;
          break;
        }
        const next = queue.shift()!;
        o.onPage?.(next.path, screens.length + skipped.length + 1);
        let status = 0;
        try {
          const res = await page.goto(new URL(next.path, origin).href, { timeout: o.config.capture.navigationTimeoutMs });
          status = res?.status() ?? 0;
        } catch (e) {
          skipped.push({ path: next.path, why: firstLine(e) });
          continue;
        }
        if (status >= 400) {
          skipped.push({ path: next.path, why: `HTTP ${status}` });
          continue;
        }
        await settle(page);
        const landed = new URL(page.url());
        if (landed.origin !== origin) {
          skipped.push({ path: next.path, why: `it leads to another site (${landed.origin})` });
          continue;
        }
        const path = landed.pathname + landed.search;
        if (path !== next.path && seen.has(path) && screens.some((s) => s.path === path)) continue; // a redirect to a screen already found
        seen.add(path);
        const read = await page.evaluate((rows) => {
          const visible = (e: Element) => { const r = (e as HTMLElement).getBoundingClientRect(); return r.width > 0 && r.height > 0; };
          const h = [...document.querySelectorAll('h1, [role=heading][aria-level="1"]')].find(visible) ?? document.querySelector('h1, h2');
          // Menus count even when folded: a person opens them. Rows of tables are records, not screens.
          const links = [...document.querySelectorAll('a[href]')]
            .filter((a) => !a.closest('table, [role=table], [role=grid], [role=treegrid]'))
            .filter((a) => visible(a) || a.closest('nav, [role=menu], [role=menubar], [role=tablist]'))
            .map((a) => ({ href: (a as HTMLAnchorElement).href, words: ((a as HTMLElement).innerText || a.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim() }));
          // A record's screens (a patient's summary, its forms) are screens of the system too: the
          // first few records of each table are opened, never all of them.
          for (const t of document.querySelectorAll('table, [role=table], [role=grid]')) {
            const inRows = [...t.querySelectorAll('a[href]')].filter(visible).slice(0, rows);
            links.push(...inRows.map((a) => ({ href: (a as HTMLAnchorElement).href, words: 'a record in the table' })));
          }
          return { heading: (h?.textContent ?? '').replace(/\s+/g, ' ').trim(), links };
        }, o.rows);
        screens.push({ path, title: await page.title(), heading: read.heading || undefined, depth: next.depth, from: next.from, via: next.via });
        if (next.depth >= o.maxDepth) continue;
        for (const l of read.links) {
          let u: URL;
          try { u = new URL(l.href); } catch { continue; }
          if (u.origin !== origin || !/^https?:$/.test(u.protocol)) continue;
          if (SIGN_OUT.test(l.words) || SIGN_OUT.test(u.pathname) || FILES.test(u.pathname)) continue;
          const p = u.pathname + u.search;
          if (seen.has(p)) continue;
          seen.add(p);
          queue.push({ path: p, depth: next.depth + 1, from: path, via: l.words || undefined });
        }
      }
    } finally {
      await leaveAndClose(context);
    }
    return { screens, skipped, refused, ms: performance.now() - t0, limited };
  } finally {
    await browser?.close().catch(() => {});
    await guards.closeAll();
    await sims.stop();
  }
}
