// Builds real run directories for compare tests: manifest.json, journey.json, capture.json per step
// and screenshots drawn from the page model with sharp (a label strip coloured by the control's
// name, the control's box, a marker for required fields, a heading strip), so identical models
// give byte-identical PNGs and a renamed label changes exactly the pixels a person would see change.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { BlockedInfo, Box, ExpectResult, FormControl, JourneyResult, PageIdentity, PageProblems, StepCapture, StepStatus } from '../../src/model/capture.js';
import { captureDir, type RunManifest } from '../../src/model/rundir.js';

export interface Paint extends Box { color: [number, number, number] }

export interface StepSpec {
  name: string;
  status?: StepStatus;
  path?: string;
  heading?: string;
  controls?: FormControl[];
  identity?: Partial<PageIdentity>;
  expects?: ExpectResult[];
  blocked?: BlockedInfo;
  problems?: Partial<PageProblems>;
  skippedReason?: string;
  skipCause?: StepCapture['skipCause'];
  error?: string;
  /** Extra shapes painted on the screenshot (a colour change). */
  paint?: Paint[];
  height?: number; // screenshot height (default: fits the controls)
  screenshot?: boolean; // default true for captured/failed/blocked
}

export interface JourneySpec { id: string; status?: JourneyResult['status']; steps: StepSpec[] }
export interface EnvSpec { name: string; status?: 'done' | 'unavailable'; error?: string; journeys: JourneySpec[] }

const WIDTH = 800;

/** Lays controls out top to bottom unless they have a box: 50 px apart, inputs at x=200. */
export function layout(controls: Partial<FormControl>[]): FormControl[] {
  return controls.map((c, i) => ({
    role: 'textbox', name: '', tag: 'input', required: false, disabled: false, readonly: false,
    box: { x: 200, y: 100 + i * 50, width: 260, height: 32 }, order: i,
    ...c,
  } as FormControl));
}

export const field = (name: string, extra: Partial<FormControl> = {}): Partial<FormControl> => ({ role: 'textbox', name, label: name, tag: 'input', type: 'text', ...extra });
export const select = (name: string, options: string[], extra: Partial<FormControl> = {}): Partial<FormControl> => ({ role: 'combobox', name, label: name, tag: 'select', options, value: options[0] ?? '', ...extra });
export const button = (name: string, extra: Partial<FormControl> = {}): Partial<FormControl> => ({ role: 'button', name, tag: 'button', ...extra });
export const link = (name: string, extra: Partial<FormControl> = {}): Partial<FormControl> => ({ role: 'link', name, tag: 'a', ...extra });

function colourOf(s: string): [number, number, number] {
  const h = createHash('sha1').update(s).digest();
  return [h[0]! & 0xbf, h[1]! & 0xbf, h[2]! & 0xbf];
}

function fill(buf: Buffer, w: number, h: number, b: Box, rgb: [number, number, number]): void {
  for (let y = Math.max(0, b.y); y < Math.min(h, b.y + b.height); y++) {
    for (let x = Math.max(0, b.x); x < Math.min(w, b.x + b.width); x++) {
      const i = (y * w + x) * 4;
      buf[i] = rgb[0]; buf[i + 1] = rgb[1]; buf[i + 2] = rgb[2]; buf[i + 3] = 255;
    }
  }
}

/** A screenshot drawn from the page model, deterministic for a given model. */
export async function drawScreen(s: StepSpec, controls: FormControl[]): Promise<Buffer> {
  const bottom = Math.max(300, ...controls.map((c) => c.box.y + c.box.height + 60));
  const h = s.height ?? bottom;
  const buf = Buffer.alloc(WIDTH * h * 4, 255);
  if (s.heading) fill(buf, WIDTH, h, { x: 20, y: 20, width: Math.min(700, 12 * s.heading.length), height: 36 }, colourOf(s.heading));
  for (const c of controls) {
    fill(buf, WIDTH, h, c.box, [200, 200, 200]);
    // The label strip: its colour stands for its words (both the accessible name and the visible text).
    fill(buf, WIDTH, h, { x: c.box.x - 130, y: c.box.y + 8, width: 120, height: 16 }, colourOf(`${c.name}|${c.visibleText ?? ''}`));
    if (c.required) fill(buf, WIDTH, h, { x: c.box.x + c.box.width + 2, y: c.box.y + 4, width: 8, height: 8 }, [220, 0, 0]);
    // A closed drop-down shows only the option chosen; a group of option buttons shows them all.
    const shown = c.role === 'combobox' && !c.listBox ? c.value ?? '' : c.options?.join('|') + (c.value ?? '');
    if (c.options) fill(buf, WIDTH, h, { x: c.box.x + 4, y: c.box.y + 4, width: 200, height: 24 }, colourOf(shown));
  }
  for (const p of s.paint ?? []) fill(buf, WIDTH, h, p, p.color);
  return sharp(buf, { raw: { width: WIDTH, height: h, channels: 4 } }).png().toBuffer();
}

export function identityOf(s: StepSpec, controls: FormControl[]): PageIdentity {
  const names = (role: string) => controls.filter((c) => c.role === role).map((c) => c.name);
  return {
    path: s.path ?? `/${s.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    title: `PAS - ${s.heading ?? s.name}`,
    mainHeading: s.heading ?? s.name,
    headings: [`1 ${s.heading ?? s.name}`],
    buttons: names('button'), links: names('link'), menuItems: [], tabs: names('tab'),
    messages: [], tableHeaders: [], texts: [],
    ...s.identity,
  };
}

export async function writeRun(envs: EnvSpec[], opts: { dir?: string; reference?: string; runId?: string } = {}): Promise<string> {
  const root = opts.dir ?? mkdtempSync(join(tmpdir(), 'parity-compare-'));
  const journeys = new Map<string, string[]>();
  for (const env of envs) {
    for (const j of env.journeys) {
      const steps: JourneyResult['steps'] = [];
      for (const [index, s] of j.steps.entries()) {
        const dir = captureDir(env.name, j.id, index, s.name);
        const status = s.status ?? 'captured';
        const controls = s.controls ?? [];
        const c: StepCapture = {
          format: 'parity-capture', version: 1, env: env.name, journey: j.id, step: s.name, index, dir, status,
          expects: s.expects ?? [], controls, files: {},
          problems: { consoleErrors: [], pageErrors: [], failedRequests: [], blockedWrites: [], ...s.problems },
          timings: { actionsMs: 1, settleMs: 1, captureMs: 1, screenshotMs: 1 }, capturedAt: new Date().toISOString(),
        };
        if (s.skippedReason) c.skippedReason = s.skippedReason;
        if (s.skipCause) c.skipCause = s.skipCause;
        if (s.blocked) c.blocked = s.blocked;
        if (s.error) c.error = s.error;
        mkdirSync(join(root, dir), { recursive: true });
        if (status !== 'skipped' && status !== 'unavailable') {
          c.identity = identityOf(s, controls);
          if (s.screenshot !== false) {
            const png = await drawScreen(s, controls);
            writeFileSync(join(root, dir, 'screenshot.png'), png);
            const meta = await sharp(png).metadata();
            c.files.screenshot = 'screenshot.png';
            c.screenshot = { width: meta.width, height: meta.height, sha256: createHash('sha256').update(png).digest('hex'), fullPage: true };
          }
        }
        writeFileSync(join(root, dir, 'capture.json'), JSON.stringify(c, null, 2));
        steps.push({ index, name: s.name, status, dir });
      }
      const result: JourneyResult = {
        format: 'parity-journey', version: 1, env: env.name, journey: j.id, title: j.id, steps,
        status: j.status ?? (steps.some((s) => s.status === 'blocked') ? 'blocked' : 'passed'),
        startedAt: '2026-06-01T09:00:00Z', finishedAt: '2026-06-01T09:01:00Z',
      };
      writeFileSync(join(root, 'captures', env.name, j.id, 'journey.json'), JSON.stringify(result, null, 2));
      journeys.set(j.id, [...new Set([...(journeys.get(j.id) ?? []), ...j.steps.map((s) => s.name)])]);
    }
  }
  const manifest: RunManifest = {
    format: 'parity-run', version: 1, runId: opts.runId ?? 'run-1', createdAt: '2026-06-01T09:00:00Z',
    tool: { name: 'parity', version: '0.1.0' }, config: 'parity.config.yaml', reference: opts.reference ?? envs[0]!.name,
    environments: envs.map((e) => ({ name: e.name, baseUrl: `http://${e.name}.test/`, writes: 'blocked', status: e.status ?? 'done', ...(e.error ? { error: e.error } : {}) })),
    journeys: [...journeys].map(([id, steps]) => ({ id, title: id, file: `specs/${id}.yaml`, tags: [], steps })),
  };
  writeFileSync(join(root, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return root;
}

/** The same journey in two environments, `live` derived from `training` by a change function. */
export function twoEnvs(journey: JourneySpec, change: (j: JourneySpec) => JourneySpec): EnvSpec[] {
  const copy = JSON.parse(JSON.stringify(journey)) as JourneySpec;
  return [{ name: 'training', journeys: [journey] }, { name: 'live', journeys: [change(copy)] }];
}
