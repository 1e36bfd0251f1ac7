// Capturing one step in one environment and writing it to the run directory.
// Everything is written through RunDir, which passes it through the redactor; files are written atomically.
import type { Locator as PwLocator, Page } from 'playwright';
import type { BlockedInfo, ExpectResult, GeneratedValue, PageProblems, StepCapture, StepStatus } from '../model/capture.js';
import type { Locator } from '../model/journey.js';
import { readAriaSnapshot, readPageModel } from './page-model.js';
import { takeScreenshot } from './screenshot.js';
import { settle } from './settle.js';
import { withoutFieldValues } from './aria-values.js';
import { hideGenerated } from './generated-values.js';
import type { Redactor } from './redact.js';
import { resolveLocator } from '../browser/locators.js';
import { nearestCandidates } from '../browser/candidates.js';
import type { RunDir } from '../rundir/run-dir.js';

export interface CaptureRequest {
  runDir: RunDir;
  dir: string; // relative to runDir
  env: string;
  journey: string;
  step: string;
  index: number;
  status: StepStatus;
  /** Why the step is blocked; its candidates are filled in here from the page model, before writing. */
  blocked?: BlockedInfo;
  /** What the blocked action looked for, to rank what is on screen instead. */
  wanted?: { role?: string; name?: string };
  error?: string;
  /** Later blocks of the step gone past, and the stand-ins the journey went on with up to this step. */
  alsoBlocked?: BlockedInfo[];
  continuedVia?: string[];
  expects: ExpectResult[];
  /** Read after the page has settled: what the page does while settling (a late fetch refused as a
   *  blocked write, a console error) belongs to this step, not to the next. */
  problems: () => PageProblems;
  actionsMs: number;
  fullPage: boolean;
  screenshot: boolean;
  masks: Locator[];
  /** Masks given as Playwright locators (a checkpoint's `mask` option in a Playwright Test suite). */
  pageMasks?: PwLocator[];
  values: boolean;
  redactor: Redactor;
  /** Values the run generated for this journey so far: placeholders while the step is captured. */
  generated?: GeneratedValue[];
  /** How long the page's accessibility snapshot may take: capture.actionTimeoutMs. A screen of
   *  20,000 elements takes seconds on a loaded machine; a fixed limit failed such steps. */
  timeoutMs: number;
}

/** Captures the page as it is now, writes it, and returns what was written. */
export async function captureStep(page: Page, req: CaptureRequest): Promise<StepCapture> {
  const t0 = performance.now();
  const settleMs = await settle(page);
  const out: StepCapture = {
    format: 'parity-capture',
    version: 1,
    env: req.env,
    journey: req.journey,
    step: req.step,
    index: req.index,
    dir: req.dir,
    status: req.status,
    model: 4,
    expects: req.expects,
    controls: [],
    files: {},
    problems: req.problems(),
    timings: { actionsMs: round(req.actionsMs), settleMs: round(settleMs), captureMs: 0, screenshotMs: 0 },
    capturedAt: new Date().toISOString(),
  };
  if (req.blocked) out.blocked = { ...req.blocked };
  if (req.error) out.error = req.error;
  if (req.alsoBlocked?.length) out.alsoBlocked = req.alsoBlocked;
  if (req.continuedVia?.length) out.continuedVia = req.continuedVia;
  let restore = async () => {};
  try {
    restore = await hideGenerated(page, req.generated ?? []);
    const shoot = () => takeScreenshot(page, {
      fullPage: req.fullPage,
      masks: [...req.masks.map((m) => resolveLocator(page, m)), ...(req.pageMasks ?? [])],
      redactor: req.redactor,
      secrets: req.redactor.secretValues,
    });
    // The three reads only look at the page, so they overlap (a third of a step's capture time);
    // with redaction the screenshot waits, because its paint-over must not be read as page content.
    const overlap = req.screenshot && !req.redactor.active;
    const [m, raw, early] = await Promise.all([
      readPageModel(page, { values: req.values }),
      readAriaSnapshot(page, req.timeoutMs),
      overlap ? shoot() : Promise.resolve(undefined),
    ]);
    out.identity = m.identity;
    // Lines of words are read piece by piece (a name split over <b> and <span> is two lines), so
    // a redaction pattern could miss a piece: where anything is redacted, they are not kept.
    if (req.redactor.active) delete out.identity.words;
    out.controls = m.controls;
    // What was on screen instead of the element the trained action wanted.
    if (out.blocked && req.wanted) out.blocked.candidates = nearestCandidates(m.elements, req.wanted);
    // The snapshot prints field contents: typed values stay out of it unless capture.values is on.
    const aria = req.values ? raw : withoutFieldValues(raw);
    req.runDir.writeStepFile(req.dir, 'aria.yaml', aria + '\n');
    out.files.aria = 'aria.yaml';
    const shot = early ?? (req.screenshot ? await shoot() : undefined);
    if (shot) {
      req.runDir.writeStepFile(req.dir, 'screenshot.png', shot.png);
      out.files.screenshot = 'screenshot.png';
      out.screenshot = { width: shot.width, height: shot.height, sha256: shot.sha256, fullPage: req.fullPage };
      out.timings.screenshotMs = round(shot.ms);
    }
  } catch (e) {
    // The page went away under us (crash, environment down): keep what we have, say why.
    out.error = out.error ?? `capture incomplete: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
    if (out.status === 'captured') out.status = 'error';
  } finally {
    await restore(); // the next step's actions see the page's own text
  }
  out.timings.captureMs = round(performance.now() - t0);
  return req.runDir.writeCapture(out);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
