// Capturing one step in one environment and writing it to the run directory.
// Everything passes through the redactor before it is written; files are written atomically.
import { join } from 'node:path';
import type { Page } from 'playwright';
import type { BlockedInfo, ExpectResult, PageProblems, StepCapture, StepStatus } from '../model/capture.js';
import type { Locator } from '../model/journey.js';
import { writeFileAtomic, writeJsonAtomic } from '../util/files.js';
import { readPageModel } from './page-model.js';
import { takeScreenshot } from './screenshot.js';
import { settle } from './settle.js';
import { withoutFieldValues } from './aria-values.js';
import type { Redactor } from './redact.js';
import { resolveLocator } from '../run/locators.js';
import { nearestCandidates } from '../run/candidates.js';

export interface CaptureRequest {
  runDir: string;
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
  expects: ExpectResult[];
  /** Read after the page has settled: what the page does while settling (a late fetch refused as a
   *  blocked write, a console error) belongs to this step, not to the next. */
  problems: () => PageProblems;
  actionsMs: number;
  fullPage: boolean;
  screenshot: boolean;
  masks: Locator[];
  values: boolean;
  redactor: Redactor;
  secrets: Set<string>;
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
    expects: req.expects,
    controls: [],
    files: {},
    problems: req.problems(),
    timings: { actionsMs: round(req.actionsMs), settleMs: round(settleMs), captureMs: 0, screenshotMs: 0 },
    capturedAt: new Date().toISOString(),
  };
  if (req.blocked) out.blocked = { ...req.blocked };
  if (req.error) out.error = req.error;
  const abs = join(req.runDir, req.dir);
  try {
    const shoot = () => takeScreenshot(page, {
      fullPage: req.fullPage,
      masks: req.masks.map((m) => resolveLocator(page, m)),
      redactor: req.redactor,
      secrets: [...req.secrets],
    });
    // The three reads only look at the page, so they overlap (a third of a step's capture time);
    // with redaction the screenshot waits, because its paint-over must not be read as page content.
    const overlap = req.screenshot && !req.redactor.active;
    const [m, raw, early] = await Promise.all([
      readPageModel(page, { values: req.values }),
      page.locator('body').ariaSnapshot({ timeout: 5000 }),
      overlap ? shoot() : Promise.resolve(undefined),
    ]);
    out.identity = m.identity;
    out.controls = m.controls;
    // What was on screen instead of the element the trained action wanted.
    if (out.blocked && req.wanted) out.blocked.candidates = nearestCandidates(m.elements, req.wanted);
    // The snapshot prints field contents: typed values stay out of it unless capture.values is on.
    const aria = req.values ? raw : withoutFieldValues(raw);
    writeFileAtomic(join(abs, 'aria.yaml'), req.redactor.text(aria) + '\n');
    out.files.aria = 'aria.yaml';
    const shot = early ?? (req.screenshot ? await shoot() : undefined);
    if (shot) {
      writeFileAtomic(join(abs, 'screenshot.png'), shot.png);
      out.files.screenshot = 'screenshot.png';
      out.screenshot = { width: shot.width, height: shot.height, sha256: shot.sha256, fullPage: req.fullPage };
      out.timings.screenshotMs = round(shot.ms);
    }
  } catch (e) {
    // The page went away under us (crash, environment down): keep what we have, say why.
    out.error = out.error ?? `capture incomplete: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
    if (out.status === 'captured') out.status = 'error';
  }
  out.timings.captureMs = round(performance.now() - t0);
  const safe = req.redactor.value(out);
  writeJsonAtomic(join(abs, 'capture.json'), safe);
  return safe;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
