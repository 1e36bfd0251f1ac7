// A synthetic compared run of any size, for the bench (and scale tests): journeys × steps ×
// environments of captures with tiny screenshots, alignments, a matrix and a spread of divergences.
// Deterministic (a fixed pseudo-random sequence), so two bench runs measure the same thing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { SEVERITIES, type Severity } from '../model/config.js';
import type { JourneyResult, StepCapture } from '../model/capture.js';
import { DEFAULT_SEVERITY, type CompareResult, type Divergence, type DivergenceKind, type MatrixCell } from '../model/divergence.js';
import { captureDir, type RunManifest } from '../model/rundir.js';

export interface SyntheticOptions { journeys: number; steps: number; targets: number; divergenceRate?: number }

const KINDS: DivergenceKind[] = ['label-changed', 'field-added', 'options-changed', 'text-changed', 'visual-only', 'required-changed', 'control-missing', 'order-changed'];

export async function writeSyntheticRun(runDir: string, o: SyntheticOptions): Promise<CompareResult> {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const ref = 'training';
  const targets = Array.from({ length: o.targets }, (_, i) => `live-${i + 1}`);
  const envs = [ref, ...targets];
  const t0 = '2025-01-01T00:00:00.000Z';
  const png = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#dde' } }).png().toBuffer();
  const journeys = Array.from({ length: o.journeys }, (_, i) => ({
    id: `journey-${String(i + 1).padStart(3, '0')}`, title: `Clinical workflow ${i + 1}`,
    steps: Array.from({ length: o.steps }, (_, s) => `Screen ${s + 1} of workflow ${i + 1}`),
  }));
  const manifest: RunManifest = {
    format: 'parity-run', version: 1, runId: 'synthetic', createdAt: t0, tool: { name: 'parity', version: '0.0.0' }, config: 'synthetic',
    reference: ref, environments: envs.map((name) => ({ name, baseUrl: `https://${name}.invalid`, writes: 'blocked', status: 'done' })),
    journeys: journeys.map((j) => ({ id: j.id, title: j.title, file: `specs/${j.id}.yaml`, tags: [], steps: j.steps })),
  };
  mkdirSync(runDir, { recursive: true });
  writeFileSync(join(runDir, 'manifest.json'), JSON.stringify(manifest));
  for (const env of envs) for (const j of journeys) {
    const jr: JourneyResult = { format: 'parity-journey', version: 1, env, journey: j.id, title: j.title, status: 'passed', steps: [], startedAt: t0, finishedAt: t0 };
    j.steps.forEach((name, index) => {
      const dir = captureDir(env, j.id, index, name);
      mkdirSync(join(runDir, dir), { recursive: true });
      writeFileSync(join(runDir, dir, 'screenshot.png'), png);
      const cap: StepCapture = {
        format: 'parity-capture', version: 1, env, journey: j.id, step: name, index, dir, status: 'captured', expects: [], controls: [],
        identity: { path: `/w/${index}`, title: name, mainHeading: name, headings: [], buttons: [], links: [], menuItems: [], tabs: [], messages: [], tableHeaders: [], texts: [] },
        files: { screenshot: 'screenshot.png' }, screenshot: { width: 16, height: 12, sha256: '', fullPage: true },
        problems: { consoleErrors: [], pageErrors: [], failedRequests: [], blockedWrites: [] },
        timings: { actionsMs: 0, settleMs: 0, captureMs: 0, screenshotMs: 0 }, capturedAt: t0,
      };
      writeFileSync(join(runDir, dir, 'capture.json'), JSON.stringify(cap));
      jr.steps.push({ index, name, status: 'captured', dir });
    });
    writeFileSync(join(runDir, 'captures', env, j.id, 'journey.json'), JSON.stringify(jr));
  }
  const divergences: Divergence[] = [];
  const rate = o.divergenceRate ?? 0.3;
  for (const t of targets) for (const j of journeys) j.steps.forEach((step, i) => {
    while (rnd() < rate) {
      const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
      const n = divergences.length;
      divergences.push({
        fingerprint: `f${n}`, kind, severity: DEFAULT_SEVERITY[kind], journey: j.id, step, referenceStep: i, targetStep: i, reference: ref, target: t,
        message: `In ${t}, the field 'Field ${n % 17}' on '${step}' is different (${kind}).`,
        evidence: { before: `Field ${n % 17}`, after: `Field ${n % 17} (new wording)`, targetBox: { x: 1, y: 1, width: 5, height: 3 } },
        status: rnd() < 0.2 ? 'accepted' : 'new',
      });
    }
  });
  const matrix: MatrixCell[] = [];
  for (const j of journeys) for (const t of targets) {
    const open = divergences.filter((d) => d.journey === j.id && d.target === t && d.status !== 'accepted');
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, open.filter((d) => d.severity === s).length])) as Record<Severity, number>;
    const all = divergences.filter((d) => d.journey === j.id && d.target === t).length;
    matrix.push({ journey: j.id, target: t, worst: SEVERITIES.find((s) => counts[s] > 0) ?? null, counts, accepted: all - open.length, status: 'compared' });
  }
  const open = divergences.filter((d) => d.status !== 'accepted');
  const result: CompareResult = {
    format: 'parity-compare', version: 1, createdAt: t0, runId: 'synthetic', reference: ref, targets, against: 'environment', failOn: 'major', divergences,
    alignments: journeys.flatMap((j) => targets.map((t) => ({ journey: j.id, target: t, steps: j.steps.map((name, i) => ({ reference: i, target: i, name })) }))),
    matrix, staleAcceptances: [],
    totals: { bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, open.filter((d) => d.severity === s).length])) as Record<Severity, number>,
      accepted: divergences.length - open.length, new: open.length, failing: open.filter((d) => d.severity === 'critical' || d.severity === 'major').length },
    timings: { totalMs: 0, pixelMs: 0, pairs: 0, identicalPairs: 0 },
  };
  mkdirSync(join(runDir, 'compare'), { recursive: true });
  writeFileSync(join(runDir, 'compare', 'result.json'), JSON.stringify(result));
  return result;
}
