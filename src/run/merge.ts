// parity merge: shard run directories captured on several machines become one run directory,
// as if one machine had captured everything. Compare and report then work on the merge.
import { cpSync, existsSync, readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunManifest } from '../model/rundir.js';
import { RunDirError } from '../util/errors.js';
import { writeFileAtomic } from '../util/files.js';
import { RunDir } from './run-dir.js';

export function mergeRuns(dirs: string[], outDir: string): RunManifest {
  if (dirs.length === 0) throw new RunDirError('MERGE_NOTHING', 'parity merge needs at least one run directory');
  const manifests = dirs.map((d) => RunDir.readManifest(d));
  const first = manifests[0]!;
  for (const [i, m] of manifests.entries()) {
    if (m.reference !== first.reference) throw new RunDirError('MERGE_MISMATCH', `${dirs[i]} compares against '${m.reference}', ${dirs[0]} against '${first.reference}'`);
    const a = m.environments.map((e) => e.name).sort().join(',');
    const b = first.environments.map((e) => e.name).sort().join(',');
    if (a !== b) throw new RunDirError('MERGE_MISMATCH', `${dirs[i]} captured environments ${a}, ${dirs[0]} captured ${b}`);
  }
  const out = resolve(outDir);
  if (existsSync(join(out, 'manifest.json'))) throw new RunDirError('MERGE_EXISTS', `${out} already holds a run; give an empty folder`);
  mkdirSync(out, { recursive: true });

  const journeys = new Map<string, RunManifest['journeys'][number]>();
  for (const m of manifests) for (const j of m.journeys) if (!journeys.has(j.id)) journeys.set(j.id, j);
  const merged: RunManifest = {
    ...first,
    runId: `merge-${manifests.map((m) => m.runId).sort()[0]}`,
    createdAt: manifests.map((m) => m.createdAt).sort()[0]!,
    finishedAt: manifests.map((m) => m.finishedAt ?? m.createdAt).sort().at(-1),
    journeys: [...journeys.values()].sort((a, b) => a.id.localeCompare(b.id)),
    environments: first.environments.map((e) => {
      const all = manifests.map((m) => m.environments.find((x) => x.name === e.name)!);
      const down = all.find((x) => x.status === 'unavailable');
      return down ? { ...e, status: 'unavailable', error: down.error } : { ...e, status: 'done' };
    }),
    mergedFrom: manifests.map((m) => m.runId),
  };
  delete merged.shard;

  const events: string[] = [];
  for (const d of dirs) {
    if (existsSync(join(d, 'captures'))) cpSync(join(d, 'captures'), join(out, 'captures'), { recursive: true, errorOnExist: false });
    if (existsSync(join(d, 'events.jsonl'))) events.push(readFileSync(join(d, 'events.jsonl'), 'utf8').trimEnd());
  }
  writeFileAtomic(join(out, 'events.jsonl'), events.filter(Boolean).join('\n') + '\n');
  new RunDir(out, merged).saveManifest();
  return merged;
}
