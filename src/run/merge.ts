// parity merge: shard run directories captured on several machines become one run directory,
// as if one machine had captured everything. Compare and report then work on the merge.
import { cpSync, existsSync, readFileSync, mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunManifest } from '../model/rundir.js';
import { RunDirError, UsageError } from '../util/errors.js';
import { writeFileAtomic } from '../util/files.js';
import { RunDir } from '../rundir/run-dir.js';
import type { RunCode } from './codes.js';

/**
 * Joins run directories into outDir and returns the merged manifest, with warnings (e.g. a shard of
 * the set that was not given) for the caller to print. Refuses, writing nothing, runs that cannot
 * be one run: other references or environments, unfinished captures, the same shard twice, shards
 * of different splits; and an output folder that already holds anything.
 */
export function mergeRunsWithWarnings(dirs: string[], outDir: string): { manifest: RunManifest; warnings: string[] } {
  if (dirs.length === 0) throw new UsageError('MERGE_NOTHING' satisfies RunCode, 'parity merge needs at least one run directory');
  const manifests = dirs.map((d) => RunDir.readManifest(d));
  const first = manifests[0]!;
  for (const [i, m] of manifests.entries()) {
    if (m.reference !== first.reference) throw new RunDirError('MERGE_MISMATCH' satisfies RunCode, `${dirs[i]} compares against '${m.reference}', ${dirs[0]} against '${first.reference}'`);
    const a = m.environments.map((e) => e.name).sort().join(',');
    const b = first.environments.map((e) => e.name).sort().join(',');
    if (a !== b) throw new RunDirError('MERGE_MISMATCH' satisfies RunCode, `${dirs[i]} captured environments ${a}, ${dirs[0]} captured ${b}`);
    // A shard killed part-way (or whose browser never started) would merge as if complete.
    const unfinished = m.environments.filter((e) => e.status === 'pending' || e.status === 'running').map((e) => e.name);
    if (!m.finishedAt || unfinished.length) {
      throw new RunDirError('MERGE_UNFINISHED' satisfies RunCode, `${dirs[i]} did not finish capturing${unfinished.length ? ` (${unfinished.join(', ')})` : ''}; finish it with parity run --resume ${dirs[i]}`);
    }
    // Not by runId: it is a timestamp to the second, and CI starts shards in the same second.
    const same = dirs.findIndex((d) => realpathSync(d) === realpathSync(dirs[i]!));
    if (same !== i) throw new RunDirError('MERGE_MISMATCH' satisfies RunCode, `${dirs[same]} and ${dirs[i]} are the same run directory`);
  }
  const shards = manifests.filter((m) => m.shard);
  const totals = [...new Set(shards.map((m) => m.shard!.total))];
  if (totals.length > 1) throw new RunDirError('MERGE_MISMATCH' satisfies RunCode, `the shards split the suite in different ways (${totals.map((t) => `/${t}`).join(' and ')}); merge the shards of one run`);
  for (const [i, m] of manifests.entries()) {
    const twin = manifests.findIndex((x) => x.shard && m.shard && x.shard.index === m.shard.index);
    if (m.shard && twin !== i) throw new RunDirError('MERGE_MISMATCH' satisfies RunCode, `${dirs[twin]} and ${dirs[i]} are both shard ${m.shard.index}/${m.shard.total}`);
  }
  const warnings: string[] = [];
  if (totals.length === 1) {
    const missing = Array.from({ length: totals[0]! }, (_, k) => k + 1).filter((k) => !shards.some((m) => m.shard!.index === k));
    if (missing.length) warnings.push(`shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${totals[0]}`).join(', ')} not given: ${missing.length > 1 ? 'their' : 'its'} journeys are not in the merge`);
  }
  const out = resolve(outDir);
  if (existsSync(out) && readdirSync(out).length) {
    throw new UsageError('MERGE_EXISTS' satisfies RunCode, `${out} ${existsSync(join(out, 'manifest.json')) ? 'already holds a run' : 'is not empty'}; give a new or empty folder`);
  }
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
  return { manifest: merged, warnings };
}
