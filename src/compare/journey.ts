// One journey, reference against one target: align the route, compare each aligned step's
// structure and words, compare its screenshots, fold pixel regions into what structure explains,
// and report a change that repeats on every page (a menu, a banner) once per journey.
import { join } from 'node:path';
import type { VisualConfig } from '../model/config.js';
import type { AlignedStep, Divergence } from '../model/divergence.js';
import { stepDirName } from '../model/rundir.js';
import { alignJourney, type StepPair } from './align.js';
import type { EnvCaptures, JourneyCaptures } from './load.js';
import { screenshotPath } from './load.js';
import { makeDivergence, type PairScope } from './make.js';
import type { Normaliser } from './normalise.js';
import { checkScreens, foldRegions, type PixelCheck } from './pixels.js';
import type { PixelPool } from './pool.js';
import { continuedNote, envErrorDivergence, outcomeDivergences } from './route-findings.js';
import { compareControls, pageName, type StructFound } from './structure.js';
import { compareTexts, withoutEchoes } from './texts.js';
import { groupFindings, transformationOf } from './group.js';
import { foldNewSections } from './sections.js';
import { listWords, q } from './make.js';

export interface JourneyContext {
  n: Normaliser;
  visual: VisualConfig;
  pool: PixelPool;
  runDir: string;
  /** Limits how many screenshot pairs are read into memory at once. */
  limit<T>(fn: () => Promise<T>): Promise<T>;
}

export interface JourneyOutcome {
  steps: AlignedStep[];
  divergences: Divergence[];
  pixelPairs: number;
  identicalPairs: number;
  /** Time spent comparing pixels, summed over threads. */
  pixelMs: number;
}

export async function compareJourney(
  refEnv: EnvCaptures, tgtEnv: EnvCaptures, rj: JourneyCaptures, tj: JourneyCaptures, pair: PairScope, ctx: JourneyContext,
): Promise<JourneyOutcome> {
  const { n } = ctx;
  const al = alignJourney(rj, tj, pair, n);
  // Structure first (cheap, in order); screenshots of every pair go to the pool at once.
  const perStep = al.pairs.map((p) => {
    const texts = compareTexts(p.ref, p.tgt, pair.target, n);
    const controls = withoutEchoes(compareControls(p.ref, p.tgt, pair.target, n, pair.reference), texts);
    return { p, controls, texts, found: [...controls, ...texts] };
  });
  const diffRel = (p: StepPair) => join('compare', 'diffs', safe(pair.target), safe(pair.journey), `${stepDirName(p.scope.referenceStep ?? 0, p.scope.step)}.png`);
  const checks = await Promise.all(perStep.map(({ p }) => ctx.limit(() =>
    checkScreens(screenshotPath(refEnv, p.ref), screenshotPath(tgtEnv, p.tgt), p.ref, p.tgt, ctx.pool, ctx.visual, join(ctx.runDir, diffRel(p))))));

  const out: Divergence[] = [...al.found];
  const seen = new Set<string>();
  const toldOn = new Map<string, string>(); // a link or button that looked different → the screen it was first told on
  const setAlike = new Map<string, { d: Divergence; subject: string; more: string[] }>(); // headings set larger alike → the first told, and the others
  const toldChanges = new Set<string>();
  const assetsSeen = new Set<string>(); // an asset that fails on every page is told once per journey
  const placesMet = new Map<string, Set<string>>(); // per screen: places that looked different at an earlier step
  let pixelPairs = 0;
  let identicalPairs = 0;
  let pixelMs = 0;
  // First each step on its own: pixels, what is new at this step, what its screen shows.
  const stepped = perStep.map(({ p, found, controls, texts }, i) => {
    const check: PixelCheck | undefined = checks[i];
    if (check) {
      pixelPairs++;
      if (check.identical) identicalPairs++;
      pixelMs += check.outcome?.ms ?? 0;
    }
    // Once per journey: chrome that repeats on every page (its repeatKey), and the same change on the
    // same screen met again by a later step (a form filled over several steps). The first step names it.
    const screen = p.ref.identity?.path ?? '';
    const fresh = (f: StructFound) => {
      // The control as a person names it: its accessible name may differ between steps (a list
      // whose search box takes the name while it is open) while it is the same control.
      const named = f.evidence.control ? `${f.evidence.control.role}:${f.evidence.control.name}` : f.subject;
      const key = f.repeatKey ?? `${f.kind}|${named}|${screen}|${f.sameAs ?? JSON.stringify([f.evidence.before, f.evidence.after, f.evidence.added, f.evidence.removed, f.evidence.renamed])}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    const pageLabel = pageName(p.ref, n);
    // Pixels are explained by every structural change on this step, reported here or earlier. First,
    // because the pixels decide what some findings are (a heading become plain text that also looks
    // different is seen, not only heard), and grouping goes by what they are.
    const met = placesMet.get(screen) ?? new Set<string>();
    placesMet.set(screen, met);
    const visual = check ? foldRegions(check, p.ref, p.tgt, found, ctx.visual, n, pair.target, pageLabel, check.outcome?.diffWritten ? diffRel(p).split('\\').join('/') : undefined, met) : [];
    // What was met at an earlier step is left out first, so a group never repeats a change already told.
    // A transformation told at an earlier step of this screen (titles no longer headings, a number
    // put before every question) met again on the controls of a later step is the same change.
    const news = [...controls.filter(fresh), ...texts.filter(fresh)].filter((f) => !toldChanges.has(`${screen}|${transformationOf(f)}`));
    for (const f of news) if (transformationOf(f)) toldChanges.add(`${screen}|${transformationOf(f)}`);
    const newHere = foldNewSections(news, p.tgt, pair.target, q(pageLabel), n);
    return { p, screen, pageLabel, visual, newHere };
  });

  // One change on many controls of a screen is one finding, also where a single-page app shows them
  // over several steps (a menu opened part by part): grouped over every step of the same screen, and
  // told at the step that first met it.
  const kept = stepped.map(() => [] as StructFound[]);
  const screens = new Map<string, number[]>();
  stepped.forEach((s, i) => {
    const key = `${s.screen}\u0000${s.pageLabel}`;
    screens.set(key, [...(screens.get(key) ?? []), i]);
  });
  for (const steps of screens.values()) {
    const stepOf = new Map<StructFound, number>();
    for (const i of steps) for (const f of stepped[i]!.newHere) stepOf.set(f, i);
    const firsts = new Map<StructFound, StructFound>();
    const page = q(stepped[steps[0]!]!.pageLabel);
    for (const f of groupFindings([...stepOf.keys()], pair.target, page, firsts)) kept[stepOf.get(firsts.get(f) ?? f)!]!.push(f);
  }

  stepped.forEach(({ p, screen, visual }, i) => {
    for (const f of kept[i]!) out.push(makeDivergence(pair, p.scope, f));
    out.push(...outcomeDivergences(p.ref, p.tgt, pair, p.scope, n));
    const err = envErrorDivergence(p.ref, p.tgt, pair, p.scope, n, assetsSeen);
    if (err) out.push(err);
    // A part of the screen that looked different at an earlier step of the same screen (a
    // single-page app captured at every step) is the same change, not a new one.
    for (const v of visual) {
      // The site's header, navigation and footer are on every screen: a change there is told once.
      // The same place with its boxes where they were (rounded): on a single-page app a new change
      // at a place named before is still told.
      const at = (v.evidence.regions ?? []).map((r) => `${Math.round(r.x / 32)},${Math.round(r.y / 32)}`).join(';');
      // The same link or button looking different on another screen is the style or layout the
      // screens share (a Back link drawn or set otherwise on every page): a person reads it once,
      // wherever it stands on each. A field is each screen's own question, told on each; and on the
      // same screen (a single-page app) only the same place is the same.
      // Each screen's own main heading, restyled alike on every screen, is one change too: it is
      // the same place on each, under other words.
      const main = p.tgt.identity?.mainHeading;
      const subject = main && v.subject === `pixels:the heading ${q(n(main))}` ? 'pixels:the main heading' : v.subject;
      const key = v.everyPage ? `visual|${subject}` : `visual|${subject === 'pixels' ? screen : ''}|${subject}|${at}`;
      const shared = /^pixels:the (link|button) '/.test(subject);
      const first = shared ? toldOn.get(subject) : undefined;
      // Headings set larger (or smaller) on several screens, a release's new type scale, are one change.
      const restyle = v.restyle && `visual|set|${v.restyle}`;
      const sameScale = restyle ? setAlike.get(restyle) : undefined;
      if (sameScale && !seen.has(key)) sameScale.more.push(v.subject.replace(/^pixels:/, ''));
      if (seen.has(key) || (first !== undefined && first !== screen) || sameScale) continue;
      seen.add(key);
      if (first === undefined && shared) toldOn.set(subject, screen);
      const { everyPage: _, restyle: _set, ...visualFound } = v;
      const d = makeDivergence(pair, p.scope, visualFound);
      if (restyle) setAlike.set(restyle, { d, subject: v.subject, more: [] });
      out.push(d);
    }
  });
  // The other headings set alike (on later screens, or beside it) are named where the first is told.
  for (const [key, { d, subject, more }] of setAlike) {
    const how = key.split('|')[2]; // visual|set|larger|600→600
    const others = [...new Set(more)].filter((x) => `pixels:${x}` !== subject);
    if (others.length) d.message = `${d.message.replace(/\.$/, '')}; ${listWords(others, 3, (s) => s)} ${others.length === 1 ? 'is' : 'are'} set ${how} alike.`;
  }
  // A step reached past a block says so: what it shows was reached through a stand-in, not as trained.
  const at = (steps: JourneyCaptures['steps'], i: number | undefined) => (i === undefined ? undefined : steps.find((s) => s.index === i));
  for (const d of out) {
    if (d.kind === 'journey-blocked') continue;
    const note = continuedNote(at(tj.steps, d.targetStep)) || continuedNote(at(rj.steps, d.referenceStep));
    if (note) d.message = d.message.endsWith('.') ? `${d.message.slice(0, -1)} (${note}).` : `${d.message} (${note})`;
  }
  // Route order: by position in the reference (or the target for its extra steps).
  const pos = (d: Divergence) => d.referenceStep ?? (d.targetStep !== undefined ? d.targetStep - 0.5 : 0);
  out.sort((a, b) => pos(a) - pos(b));
  return { steps: al.steps, divergences: out, pixelPairs, identicalPairs, pixelMs };
}

/** A folder name from an environment or journey id that cannot climb out of compare/diffs. */
function safe(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
}

