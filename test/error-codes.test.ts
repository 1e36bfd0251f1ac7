// Every error code Parity throws is listed in the catalogue of its stage (src/<folder>/codes.ts),
// with a line saying what it means, and every code listed there is thrown somewhere. Read from the
// sources: a code-looking literal anywhere in src/ that no catalogue lists fails, so a typo or a new
// code without its line cannot slip in; a listed code nothing uses fails, so the lists stay true.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_CODES } from '../src/browser/codes.js';
import { CLI_CODES } from '../src/cli/codes.js';
import { COMPARE_CODES } from '../src/compare/codes.js';
import { EXPLORE_CODES } from '../src/explore/codes.js';
import { IMPORT_CODES } from '../src/import/codes.js';
import { PLAN_CODES } from '../src/plan/codes.js';
import { RECORD_CODES } from '../src/record/codes.js';
import { PWT_CODES } from '../src/playwright-test/codes.js';
import { REPORT_CODES } from '../src/report/codes.js';
import { RUN_CODES } from '../src/run/codes.js';
import { RUNDIR_CODES } from '../src/rundir/codes.js';
import { SIM_CODES } from '../src/sim/codes.js';
import { CODES as SPEC_CODES } from '../src/load/codes.js';
import { UTIL_CODES } from '../src/util/codes.js';

const src = join(import.meta.dirname, '..', 'src');

/** A catalogue that maps each code to its meaning: its codes are the keys. */
const meant = (file: string, meanings: Record<string, string>) => ({ file, codes: Object.keys(meanings), meanings });

/** Catalogue file → its codes, and how a site may name one other than by the literal (spec and import: CODES.name). */
const CATALOGUES: { file: string; codes: string[]; meanings?: Record<string, string>; byName?: { object: string; names: Record<string, string> } }[] = [
  meant('util/codes.ts', UTIL_CODES),
  { file: 'load/codes.ts', codes: Object.values(SPEC_CODES), byName: { object: 'CODES', names: SPEC_CODES } },
  meant('sim/codes.ts', SIM_CODES),
  meant('browser/codes.ts', BROWSER_CODES),
  meant('rundir/codes.ts', RUNDIR_CODES),
  meant('run/codes.ts', RUN_CODES),
  meant('compare/codes.ts', COMPARE_CODES),
  meant('plan/codes.ts', PLAN_CODES),
  meant('report/codes.ts', REPORT_CODES),
  { file: 'import/codes.ts', codes: Object.values(IMPORT_CODES), byName: { object: 'IMPORT_CODES', names: IMPORT_CODES } },
  meant('explore/codes.ts', EXPLORE_CODES),
  meant('record/codes.ts', RECORD_CODES),
  meant('playwright-test/codes.ts', PWT_CODES),
  meant('cli/codes.ts', CLI_CODES),
];

/** Code-looking literals that are not Parity's codes, each with where it comes from. */
const NOT_OURS: Record<string, string> = {
  PARITY_CHROMIUM: 'environment variable',
  PARITY_DEBUG: 'environment variable',
  PARITY_GUARD_HOST: 'environment variable',
  ERR_BLOCKED_BY_CLIENT: "Chromium's net error for a request the page's guard blocked",
  DUPLICATE_KEY: "the yaml package's error code (typed by it)",
  MULTIPLE_DOCS: "the yaml package's error code (typed by it)",
  TAB_AS_INDENT: "the yaml package's error code (typed by it)",
};

/** Every .ts file of src/ that is not a catalogue, as [path, text]. */
function sources(): [string, string][] {
  const catalogues = new Set(CATALOGUES.map((c) => c.file));
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !catalogues.has(f.split('\\').join('/')))
    .map((f) => [f, readFileSync(join(src, f), 'utf8')]);
}

/** Literals that look like codes: SHOUTING_SNAKE_CASE in quotes, and one-word SHOUTING where a code is given (code: 'X', code = 'X', ?? 'X', Error('X'). */
function codeLiterals(text: string): string[] {
  const out = [...text.matchAll(/['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"`]/g)].map((m) => m[1]!);
  for (const m of text.matchAll(/(?:\bcode\s*(?::|=|\?\?)\s*\(?|Error\(\s*|\?\?\s*\()'([A-Z]{4,})'/g)) out.push(m[1]!);
  return out;
}

describe('error codes', () => {
  const all = CATALOGUES.flatMap((c) => c.codes.map((code) => ({ code, file: c.file })));
  const files = sources();

  it('the catalogues are the codes.ts of each stage folder of src/, each listed once', () => {
    // One per stage folder (src/<stage>/codes.ts); sim/data/codes.ts is the NHS code lists its screens show.
    const onDisk = readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${d.name}/codes.ts`)
      .filter((f) => readdirSync(join(src, f, '..')).includes('codes.ts')).sort();
    expect(CATALOGUES.map((c) => c.file).sort()).toEqual(onDisk);
  });

  it('each code is in one catalogue only, and each has a meaning', () => {
    const seen = new Map<string, string>();
    const twice = all.filter(({ code, file }) => seen.has(code) || !seen.set(code, file)).map(({ code, file }) => `${code}: ${seen.get(code)} and ${file}`);
    expect(twice).toEqual([]);
    expect(all.length).toBeGreaterThan(90); // the catalogues were read
    // Code → meaning catalogues; spec's and import's name → code ones say their meanings in comments.
    for (const { file, meanings } of CATALOGUES) {
      for (const [code, meaning] of Object.entries(meanings ?? {})) expect(meaning.trim(), `${code} (${file})`).toMatch(/\w.{10,}/);
    }
  });

  it('every code-looking literal in src/ is in a catalogue', () => {
    const known = new Set(all.map((c) => c.code));
    const found = files.flatMap(([f, text]) => codeLiterals(text).map((code) => ({ code, f })));
    expect(found.length).toBeGreaterThan(60); // the scan reads the real throw sites
    const unknown = found.filter(({ code }) => !known.has(code) && !NOT_OURS[code]).map(({ code, f }) => `${f}: ${code}`);
    expect(unknown).toEqual([]);
  });

  it('every catalogued code is used outside its catalogue', () => {
    const text = files.map(([, t]) => t).join('\n');
    const unused = CATALOGUES.flatMap((c) =>
      c.codes.filter((code) => {
        if (new RegExp(`['"\`]${code}['"\`]`).test(text)) return false;
        const name = c.byName && Object.entries(c.byName.names).find(([, v]) => v === code)?.[0];
        return !(name && new RegExp(`\\b${c.byName!.object}\\.${name}\\b`).test(text));
      }).map((code) => `${c.file}: ${code}`),
    );
    expect(unused).toEqual([]);
  });

  it('the scan sees a code that no catalogue lists, wherever it is given', () => {
    expect(codeLiterals(`throw new RunDirError('RUNDIR_FORMATT', 'x')`)).toEqual(['RUNDIR_FORMATT']);
    expect(codeLiterals(`problems.push({ code: 'NOPE', message })`)).toEqual(['NOPE']);
    expect(codeLiterals(`usageError(m, 'SHARDS_BAD' satisfies PlanCode)`)).toEqual(['SHARDS_BAD']);
    expect(codeLiterals(`t.tagName === 'INPUT'`)).toEqual([]);
  });
});
