// Which journeys run where: filters (--env, --journey, --tag), and --shard i/n.
// Pure: the same inputs give the same plan on every CI machine.
import { createHash } from 'node:crypto';
import type { Journey } from '../model/journey.js';
import type { ParityConfig } from '../model/config.js';
import { InputError, usageError } from '../util/errors.js';
import type { PlanCode } from './codes.js';

export interface PlanOptions {
  envs?: string[];
  journeyGlob?: string;
  tags?: string[];
  shard?: { index: number; total: number };
}

export interface Plan {
  envs: string[]; // the reference first
  journeys: Journey[];
}

export function parseShard(s: string): { index: number; total: number } {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) {
    throw usageError(`--shard takes i/n with 1 <= i <= n, e.g. 1/3; got '${s}'`, 'USAGE_SHARD' satisfies PlanCode);
  }
  return { index, total };
}

/** Glob over journey ids: * and ? only. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/**
 * Shards by a hash of the journey id, so adding or removing a journey never moves the others between
 * machines, and every machine computes the same split with no coordination. The price: shards are
 * only roughly even (a small suite can leave a shard empty, which is harmless: it captures nothing).
 */
export function shardOf(journeyId: string, total: number): number {
  const h = createHash('sha1').update(journeyId).digest().readUInt32BE(0);
  return (h % total) + 1;
}

export function makePlan(config: ParityConfig, journeys: Journey[], o: PlanOptions): Plan {
  const known = Object.keys(config.environments);
  // The reference is always planned (everything is compared against it), once, whatever --env names.
  const envs = o.envs?.length ? [...new Set([config.reference, ...o.envs])] : known;
  const unknown = envs.filter((e) => !known.includes(e));
  if (unknown.length) {
    throw new InputError(unknown.map((e) => ({ code: 'USAGE_UNKNOWN_ENV' satisfies PlanCode, message: `--env names '${e}', which is not in ${config.file}; known: ${known.join(', ')}` })));
  }
  const ordered = [...envs].sort((a, b) => (a === config.reference ? -1 : b === config.reference ? 1 : known.indexOf(a) - known.indexOf(b)));
  let list = journeys;
  if (o.journeyGlob) {
    const re = globToRegExp(o.journeyGlob);
    list = list.filter((j) => re.test(j.id));
  }
  if (o.tags?.length) list = list.filter((j) => j.tags.some((t) => o.tags!.includes(t)));
  if (o.shard) list = list.filter((j) => shardOf(j.id, o.shard!.total) === o.shard!.index);
  return { envs: ordered, journeys: [...list].sort((a, b) => a.id.localeCompare(b.id)) };
}
