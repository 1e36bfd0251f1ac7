// The CI examples (.github/workflows/nightly.yml, ci/azure-pipelines.yml) are copied by hospitals,
// so they must at least parse, do what the README promises (schedule, Node 20, the project's own
// browser install, JUnit and the report published, failure on new divergences after publishing),
// and call only `parity` commands and flags that exist. The flags are checked against each
// command's own --help, so renaming a flag without updating these files fails here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
import { parseShard } from '../../src/plan/plan.js';

const repo = resolve('.');
const FILES = { github: '.github/workflows/nightly.yml', azure: 'ci/azure-pipelines.yml' } as const;
const text = (f: string) => readFileSync(resolve(repo, f), 'utf8');
const load = (f: string) => parse(text(f)) as any;

/** Every string in a parsed YAML document. */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

interface Call { file: string; line: string; command: string; args: string[] }

/** `npx parity <command> …` calls in shell scripts, continuation lines joined, cut at ; && || | #. */
function parityCalls(file: string): Call[] {
  const calls: Call[] = [];
  for (const script of strings(load(file))) {
    // The shard number is a CI expression (`${{ matrix.shard }}`, `$(shard)`): one token, <shard>.
    const shell = script.replace(/\\\n\s*/g, ' ').replace(/\$\{\{\s*matrix\.shard\s*\}\}|\$\(shard\)/g, '<shard>');
    for (const raw of shell.split('\n')) {
      for (const m of raw.matchAll(/(?:npx\s+)?\bparity\s+([a-z][a-z-]*)((?:[^;&|#\n])*)/g)) {
        if (!/npx\s+parity/.test(m[0])) continue; // prose mentioning parity, not a call
        calls.push({ file, line: m[0].trim(), command: m[1]!, args: m[2]!.trim().split(/\s+/).filter(Boolean) });
      }
    }
  }
  return calls;
}

const help = new Map<string, { code: number; text: string }>();
async function helpOf(command: string) {
  if (!help.has(command)) {
    const io = memoryIo(repo, {});
    const code = await main([command, '--help'], io);
    help.set(command, { code, text: io.text() });
  }
  return help.get(command)!;
}

/** An argument with the shard number given a value. */
const concrete = (arg: string, value = '1') => arg.replaceAll('<shard>', value);

const calls = { github: [] as Call[], azure: [] as Call[] };
beforeAll(() => {
  calls.github = parityCalls(FILES.github);
  calls.azure = parityCalls(FILES.azure);
});

describe.each(Object.entries(FILES))('%s CI example (%s)', (name, file) => {
  const mine = () => calls[name as keyof typeof calls];

  it('parses as YAML, without duplicate keys', () => {
    expect(() => parse(text(file), { uniqueKeys: true, prettyErrors: true, strict: true })).not.toThrow();
    expect(load(file)).toBeTypeOf('object');
  });

  it('calls parity run, merge, compare and report, and nothing else', () => {
    expect([...new Set(mine().map((c) => c.command))].sort()).toEqual(['compare', 'merge', 'report', 'run']);
  });

  it('uses only commands and flags the CLI has (checked against each command\'s --help)', async () => {
    for (const c of mine()) {
      const h = await helpOf(c.command);
      expect(h.code, `${c.line}: parity ${c.command} --help`).toBe(0);
      expect(h.text, c.line).toContain(`Usage: parity ${c.command}`);
      for (const a of c.args.filter((x) => x.startsWith('-'))) {
        const flag = a.split('=')[0]!;
        const re = new RegExp(`(^|[\\s,])${flag.replace(/[-]/g, '\\-')}(?=[\\s,=<\\[]|$)`, 'm');
        expect(re.test(h.text), `${file}: '${flag}' in "${c.line}" is not an option of parity ${c.command}`).toBe(true);
      }
    }
  });

  it('gives flags valid values: --fail-on a severity, --shard i/n, --out a folder', () => {
    for (const c of mine()) {
      c.args.forEach((a, i) => {
        const v = c.args[i + 1];
        if (a === '--fail-on') expect(['critical', 'major', 'minor', 'cosmetic'], c.line).toContain(v);
        if (a === '--shard') expect(() => parseShard(concrete(v!)), c.line).not.toThrow();
        if (a === '--out') expect(v, c.line).toMatch(/^parity-runs\//);
      });
    }
  });

  it('runs the whole suite on one machine and fails on new divergences at major', () => {
    const run = mine().filter((c) => c.command === 'run' && !c.args.includes('--shard'));
    expect(run).toHaveLength(1);
    expect(run[0]!.args).toEqual(['--out', 'parity-runs/nightly', '--fail-on', 'major']);
  });

  it('shards capture over 3 machines whose run directories are exactly the ones merged', () => {
    const shardRuns = mine().filter((c) => c.command === 'run' && c.args.includes('--shard'));
    expect(shardRuns).toHaveLength(1);
    const args = shardRuns[0]!.args;
    expect(args).toContain('--capture-only');
    const shards = [1, 2, 3].map((i) => parseShard(concrete(args[args.indexOf('--shard') + 1]!, String(i))));
    expect(shards).toEqual([1, 2, 3].map((index) => ({ index, total: 3 })));
    const merge = mine().filter((c) => c.command === 'merge');
    expect(merge).toHaveLength(1);
    const inputs = merge[0]!.args.slice(0, merge[0]!.args.indexOf('--out'));
    expect(inputs).toEqual([1, 2, 3].map((i) => `parity-runs/shards/parity-shard-${i}`));
    expect(merge[0]!.args.at(-1)).toBe('parity-runs/nightly');
    // compare and report work on the merge
    for (const cmd of ['compare', 'report']) expect(mine().find((c) => c.command === cmd)!.args[0]).toBe('parity-runs/nightly');
  });
});

describe('the GitHub Actions workflow', () => {
  const wf = load(FILES.github);
  const steps = (job: string) => wf.jobs[job].steps as Record<string, any>[];
  const uses = (job: string, action: string) => steps(job).filter((s) => typeof s.uses === 'string' && s.uses.startsWith(action));

  it('runs nightly on a schedule and by hand', () => {
    expect(wf.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* \*$/);
    expect(wf.on).toHaveProperty('workflow_dispatch');
  });

  it.each(['parity', 'capture', 'merge'])('job %s: ubuntu-latest, Node 20, npm ci', (job) => {
    expect(wf.jobs[job]['runs-on']).toBe('ubuntu-latest');
    expect(uses(job, 'actions/setup-node@')[0]!.with['node-version']).toBe(20);
    expect(steps(job).some((s) => s.run === 'npm ci')).toBe(true);
  });

  it.each(['parity', 'capture'])('job %s installs the browser with the project\'s own npm run browser, before running', (job) => {
    const i = steps(job).findIndex((s) => s.run === 'npm run browser');
    const r = steps(job).findIndex((s) => /npx parity run/.test(s.run ?? ''));
    expect(i).toBeGreaterThan(-1);
    expect(i).toBeLessThan(r);
  });

  it.each(['parity', 'merge'])('job %s publishes summary, JUnit and report even on failure, then fails with parity\'s exit code', (job) => {
    const s = steps(job);
    const run = s.findIndex((x) => /npx parity (run|merge)/.test(x.run ?? ''));
    expect(s[run]!.run).toMatch(/set \+e/); // keep going, so the reports are published
    expect(s[run]!.run).toMatch(/echo "exit=\$\w*\??" >> "\$GITHUB_OUTPUT"|exit=\$code/);
    const summary = s.find((x) => /GITHUB_STEP_SUMMARY/.test(x.run ?? ''))!;
    expect(summary.run).toContain('cat parity-runs/nightly/report/summary.md >> "$GITHUB_STEP_SUMMARY"');
    expect(summary.if).toMatch(/!cancelled\(\)|always\(\)/);
    const junit = uses(job, 'dorny/test-reporter@')[0]!;
    expect(junit.with.path).toBe('parity-runs/nightly/report/junit.xml');
    expect(junit.with.reporter).toBe('java-junit');
    const upload = uses(job, 'actions/upload-artifact@').find((x) => x.with.name === 'parity-report')!;
    expect(upload.with.path).toBe('parity-runs/nightly/report/');
    expect(upload.if).toMatch(/!cancelled\(\)|always\(\)/);
    const fail = s.at(-1)!;
    expect(fail.if).toBe("${{ steps.parity.outputs.exit != '0' }}");
    expect(fail.run).toMatch(/exit \$\{\{ steps\.parity\.outputs\.exit \}\}/);
    expect(s.indexOf(upload)).toBeLessThan(s.length - 1);
  });

  it('shards: a 3-way matrix uploads each run directory; merge waits for it and downloads them', () => {
    expect(wf.jobs.capture.strategy.matrix.shard).toEqual([1, 2, 3]);
    expect(wf.jobs.capture.strategy['fail-fast']).toBe(false);
    const up = uses('capture', 'actions/upload-artifact@')[0]!;
    expect(up.with.name).toBe('parity-shard-${{ matrix.shard }}');
    expect(up.with.path).toBe('parity-runs/shard-${{ matrix.shard }}/');
    const run = steps('capture').find((s) => /npx parity run/.test(s.run ?? ''))!;
    expect(run.run).toContain('--out parity-runs/shard-${{ matrix.shard }}');
    expect(wf.jobs.merge.needs).toBe('capture');
    const down = uses('merge', 'actions/download-artifact@')[0]!;
    expect(down.with).toEqual({ pattern: 'parity-shard-*', path: 'parity-runs/shards' });
  });
});

describe('the Azure Pipelines example', () => {
  const p = load(FILES.azure);
  // Jobs sit under template conditions (${{ if … }}), one list per mode.
  const jobs = (p.jobs as Record<string, any>[]).flatMap((x) => Object.values(x).flat()) as Record<string, any>[];
  const job = (name: string) => jobs.find((j) => j.job === name)!;
  const tasks = (name: string, task: string) => (job(name).steps as Record<string, any>[]).filter((s) => s.task === task);

  it('runs nightly on a schedule, even without new commits, and not on pushes', () => {
    expect(p.schedules[0].cron).toMatch(/^\S+ \S+ \* \* \*$/);
    expect(p.schedules[0].always).toBe(true);
    expect(p.trigger).toBe('none');
    expect(p.parameters[0]).toMatchObject({ name: 'sharded', type: 'boolean', default: false });
  });

  it.each(['parity', 'capture', 'merge'])('job %s: Node 20 with NodeTool@0, npm ci', (name) => {
    expect(tasks(name, 'NodeTool@0')[0]!.inputs.versionSpec).toBe('20.x');
    expect(job(name).steps.some((s: any) => s.script === 'npm ci')).toBe(true);
  });

  it.each(['parity', 'merge'])('job %s publishes JUnit with PublishTestResults@2 and the report folder, then fails on parity\'s exit code', (name) => {
    const junit = tasks(name, 'PublishTestResults@2')[0]!;
    expect(junit.inputs).toMatchObject({ testResultsFormat: 'JUnit', testResultsFiles: 'parity-runs/nightly/report/junit.xml' });
    expect(junit.condition).toBe('succeededOrFailed()');
    const art = tasks(name, 'PublishPipelineArtifact@1')[0]!;
    expect(art.inputs).toEqual({ targetPath: 'parity-runs/nightly/report', artifact: 'parity-report' });
    expect(art.condition).toBe('succeededOrFailed()');
    const steps = job(name).steps as Record<string, any>[];
    expect(steps.some((s) => /task\.uploadsummary\].*parity-runs\/nightly\/report\/summary\.md/.test(s.script ?? ''))).toBe(true);
    const last = steps.at(-1)!;
    expect(last.condition).toBe("and(succeededOrFailed(), ne(variables.parityExit, '0'))");
    expect(last.script).toContain('exit $(parityExit)');
    const run = steps.find((s) => /npx parity (run|merge)/.test(s.script ?? ''))!;
    expect(run.script).toMatch(/set \+e/);
    expect(run.script).toMatch(/task\.setvariable variable=parityExit\]\$(\?|code)/);
  });

  it('shards: a 3-way matrix publishes each run directory as parity-shard-<i>; merge downloads them', () => {
    expect(Object.values(job('capture').strategy.matrix)).toEqual([{ shard: 1 }, { shard: 2 }, { shard: 3 }]);
    expect(tasks('capture', 'PublishPipelineArtifact@1')[0]!.inputs).toEqual({ targetPath: 'parity-runs/shard-$(shard)', artifact: 'parity-shard-$(shard)' });
    expect(tasks('capture', 'PublishPipelineArtifact@1')[0]!.condition).toBe('succeededOrFailed()');
    expect(job('capture').steps.some((s: any) => s.script === 'npm run browser')).toBe(true);
    expect(job('merge').dependsOn).toBe('capture');
    expect(job('merge').condition).toBe('succeededOrFailed()');
    expect(tasks('merge', 'DownloadPipelineArtifact@2')[0]!.inputs.targetPath).toBe('parity-runs/shards');
  });
});
