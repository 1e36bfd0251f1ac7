// The planner: which journeys and environments a run covers, and which shard a journey falls in.
// Pure functions, so every CI machine computes the same plan from the same inputs.
import { describe, expect, it } from 'vitest';
import { globToRegExp, makePlan, parseShard, shardOf } from '../../src/plan/plan.js';
import type { ParityConfig } from '../../src/model/config.js';
import type { Journey } from '../../src/model/journey.js';
import { EXIT, InputError } from '../../src/util/errors.js';

function config(envs: string[], reference = envs[0]!): ParityConfig {
  const environments = Object.fromEntries(envs.map((e) => [e, { name: e, baseUrl: `https://${e}.example`, writes: 'blocked' }]));
  return { file: '/tmp/parity.config.yaml', dir: '/tmp', reference, environments } as unknown as ParityConfig;
}

function journey(id: string, tags: string[] = []): Journey {
  return { id, title: id, tags, steps: [], file: `specs/${id}.yaml` };
}

/** The InputError a call throws (fails the test when it throws something else or nothing). */
function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

const ids = Array.from({ length: 60 }, (_, i) => `journey-${String(i).padStart(2, '0')}`);
const many = ids.map((id) => journey(id));
const cfg = config(['train', 'live-a', 'live-b']);

describe('parseShard', () => {
  it.each([
    ['1/3', 1, 3],
    ['3/3', 3, 3],
    ['1/1', 1, 1],
    [' 2/5 ', 2, 5],
  ])('reads %j', (s, index, total) => {
    expect(parseShard(s)).toEqual({ index, total });
  });

  it.each(['0/3', '4/3', '1/0', '0/0', '-1/3', '1/-3', 'a/b', '1-3', '1/3/5', '', '1', '/3', '1.5/3', '1 / 3'])(
    'refuses %j with USAGE_SHARD, an exit-2 input error',
    (s) => {
      const e = inputError(() => parseShard(s));
      expect(e.exitCode).toBe(EXIT.usage);
      expect(e.code).toBe('USAGE_SHARD');
      expect(e.problems.map((p) => p.code)).toEqual(['USAGE_SHARD']);
      expect(e.problems[0]!.message).toContain(`'${s}'`);
    },
  );
});

describe('shards', () => {
  it.each([1, 2, 3, 4, 7])('partition the journeys into %i shards: every journey in exactly one', (total) => {
    const seen = new Map<string, number>();
    for (let index = 1; index <= total; index++) {
      const plan = makePlan(cfg, many, { shard: { index, total } });
      for (const j of plan.journeys) {
        expect(seen.has(j.id), `${j.id} is in shard ${seen.get(j.id)} and ${index}`).toBe(false);
        seen.set(j.id, index);
      }
    }
    expect([...seen.keys()].sort()).toEqual(ids);
  });

  it('hand each machine the journeys pinned to it, chosen by id alone', () => {
    // Written out, not worked out with shardOf: the plan's own filter is what is checked. Titles and
    // files differ from the ids, so a plan that shards by anything but the id gives other shards.
    const suite = [
      ['find-patient', 'Find a patient by NHS number'],
      ['record-referral', 'Record a referral'],
      ['rtt-report', 'Run the RTT report'],
      ['cds-020-preview', 'Preview the CDS 020 extract'],
      ['register-patient', 'Register a new patient'],
      ['book-appointment', 'Book an outpatient appointment'],
      ['book-theatre', 'Book a theatre slot'],
    ].map(([id, title]) => ({ ...journey(id!), title: title!, file: `specs/${title!.toLowerCase().replace(/ /g, '_')}.yml` }));
    const shard = (index: number, total: number) => makePlan(cfg, suite, { shard: { index, total } }).journeys.map((j) => j.id);
    expect(shard(1, 2)).toEqual(['book-appointment', 'cds-020-preview', 'find-patient']);
    expect(shard(2, 2)).toEqual(['book-theatre', 'record-referral', 'register-patient', 'rtt-report']);
    expect(shard(1, 3)).toEqual(['book-theatre', 'find-patient', 'record-referral', 'register-patient']);
    expect(shard(2, 3)).toEqual(['book-appointment']);
    expect(shard(3, 3)).toEqual(['cds-020-preview', 'rtt-report']);
    // And over the 60 journeys: how many each of three machines gets.
    expect([1, 2, 3].map((index) => makePlan(cfg, many, { shard: { index, total: 3 } }).journeys.length)).toEqual([18, 20, 22]);
  });

  it('put a journey in the same shard on every call and whatever the order of the input', () => {
    const reversed = [...many].reverse();
    for (let index = 1; index <= 3; index++) {
      const a = makePlan(cfg, many, { shard: { index, total: 3 } }).journeys.map((j) => j.id);
      const b = makePlan(cfg, reversed, { shard: { index, total: 3 } }).journeys.map((j) => j.id);
      expect(b).toEqual(a);
    }
    // Pinned values: a change to the hash would silently reshuffle every hospital's CI machines.
    expect(['find-patient', 'record-referral', 'rtt-report', 'cds-020-preview'].map((id) => shardOf(id, 2))).toEqual([1, 2, 2, 1]);
    expect(['find-patient', 'record-referral', 'rtt-report', 'cds-020-preview'].map((id) => shardOf(id, 3))).toEqual([1, 1, 3, 3]);
  });

  it('do not move a journey to another shard when journeys are added or removed', () => {
    const before = new Map(ids.map((id) => [id, shardOf(id, 4)]));
    const more = [...many, ...['new-a', 'new-b', 'new-c', 'new-d', 'new-e'].map((id) => journey(id))];
    for (let index = 1; index <= 4; index++) {
      for (const j of makePlan(cfg, more, { shard: { index, total: 4 } }).journeys) {
        if (before.has(j.id)) expect(before.get(j.id)).toBe(index);
      }
      for (const j of makePlan(cfg, many.slice(10), { shard: { index, total: 4 } }).journeys) expect(before.get(j.id)).toBe(index);
    }
  });

  it('spread a suite roughly evenly (no shard empty or holding most of 60 journeys)', () => {
    for (const total of [2, 3, 4]) {
      const sizes = Array.from({ length: total }, (_, i) => makePlan(cfg, many, { shard: { index: i + 1, total } }).journeys.length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(60);
      for (const n of sizes) {
        expect(n).toBeGreaterThan(60 / total / 2);
        expect(n).toBeLessThan((60 / total) * 1.6);
      }
    }
  });

  it('of one put everything in shard 1', () => {
    expect(makePlan(cfg, many, { shard: { index: 1, total: 1 } }).journeys).toHaveLength(60);
  });

  it('apply after the other filters, so shards of a filtered run partition the filtered journeys', () => {
    const tagged = many.map((j, i) => ({ ...j, tags: i % 2 ? ['odd'] : ['even'] }));
    const all = makePlan(cfg, tagged, { tags: ['odd'] }).journeys.map((j) => j.id);
    const parts = [1, 2, 3].flatMap((index) => makePlan(cfg, tagged, { tags: ['odd'], shard: { index, total: 3 } }).journeys.map((j) => j.id));
    expect(parts.sort()).toEqual(all);
  });
});

describe('environments', () => {
  it('are all of the config, the reference first, when none are named', () => {
    expect(makePlan(config(['live-a', 'train', 'live-b'], 'train'), [], {}).envs).toEqual(['train', 'live-a', 'live-b']);
  });

  it('named with --env keep the reference, first, then the config order', () => {
    const c = config(['live-a', 'live-b', 'train', 'live-c'], 'train');
    expect(makePlan(c, [], { envs: ['live-c', 'train', 'live-a'] }).envs).toEqual(['train', 'live-a', 'live-c']);
    // The reference is compared against; a plan without it could compare nothing.
    expect(makePlan(c, [], { envs: ['live-b'] }).envs).toEqual(['train', 'live-b']);
    expect(makePlan(c, [], { envs: ['live-b', 'live-b'] }).envs).toEqual(['train', 'live-b']);
  });

  it('unknown to the config are USAGE_UNKNOWN_ENV (exit 2), one problem each, naming the known ones', () => {
    const e = inputError(() => makePlan(cfg, many, { envs: ['train', 'live', 'staging'] }));
    expect(e.exitCode).toBe(EXIT.usage);
    expect(e.problems.map((p) => p.code)).toEqual(['USAGE_UNKNOWN_ENV', 'USAGE_UNKNOWN_ENV']);
    expect(e.problems[0]!.message).toContain("'live'");
    expect(e.problems[1]!.message).toContain("'staging'");
    expect(e.problems[0]!.message).toContain('train, live-a, live-b');
  });
});

describe('journey filters', () => {
  const suite = [
    journey('register-patient', ['pas', 'registration']),
    journey('book-appointment', ['outpatients', 'booking']),
    journey('book-theatre', ['inpatients']),
    journey('find-patient', ['pas']),
    journey('rtt-report', ['reports', 'rtt']),
  ];
  const planned = (o: Parameters<typeof makePlan>[2]) => makePlan(cfg, suite, o).journeys.map((j) => j.id);

  it('return the journeys sorted by id', () => {
    expect(planned({})).toEqual(['book-appointment', 'book-theatre', 'find-patient', 'register-patient', 'rtt-report']);
  });

  it('--journey globs over the whole id with * and ?', () => {
    expect(planned({ journeyGlob: 'book-*' })).toEqual(['book-appointment', 'book-theatre']);
    expect(planned({ journeyGlob: '*-patient' })).toEqual(['find-patient', 'register-patient']);
    expect(planned({ journeyGlob: 'find-?atient' })).toEqual(['find-patient']);
    expect(planned({ journeyGlob: 'book' })).toEqual([]); // whole id, not a substring
    expect(planned({ journeyGlob: 'rtt-report' })).toEqual(['rtt-report']);
  });

  it('--journey treats regular-expression characters literally', () => {
    expect(globToRegExp('a.b').test('axb')).toBe(false);
    expect(globToRegExp('a.b').test('a.b')).toBe(true);
    expect(globToRegExp('(x)+').test('(x)+')).toBe(true);
    expect(globToRegExp('(x)+').test('xx')).toBe(false);
  });

  it('--tag keeps journeys with any of the tags', () => {
    expect(planned({ tags: ['pas'] })).toEqual(['find-patient', 'register-patient']);
    expect(planned({ tags: ['rtt', 'booking'] })).toEqual(['book-appointment', 'rtt-report']);
    expect(planned({ tags: ['nothing'] })).toEqual([]);
  });

  it('--journey and --tag together keep journeys matching both', () => {
    expect(planned({ tags: ['pas'], journeyGlob: 'register-*' })).toEqual(['register-patient']);
    expect(planned({ tags: ['outpatients', 'inpatients'], journeyGlob: 'book-*' })).toEqual(['book-appointment', 'book-theatre']);
  });

  it('do not change the journeys given', () => {
    const copy = structuredClone(suite);
    makePlan(cfg, suite, { tags: ['pas'], journeyGlob: '*', shard: { index: 1, total: 2 } });
    expect(suite).toEqual(copy);
  });
});
