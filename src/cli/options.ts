// Command-line values more than one command takes, checked the same way everywhere (exit 2).
import { SEVERITIES, type ParityConfig, type Severity } from '../model/config.js';
import { isSeverity } from '../model/severity.js';
import { REPORTERS } from '../report/index.js';
import { usageError } from '../util/errors.js';
import type { ReportCode } from '../report/codes.js';

export interface FailOn {
  /** Undefined: the config's failOn (default major). */
  severity?: Severity;
  /** `coverage`: fewer steps went through than in the approved baseline or the previous run. */
  coverage: boolean;
}

/** --fail-on major, --fail-on critical,coverage or --fail-on coverage: undefined when not given. */
export function failOnOption(value: string | undefined): FailOn | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  const severities = parts.filter(isSeverity);
  const other = parts.filter((p) => !isSeverity(p) && p !== 'coverage');
  if (!parts.length || other.length || severities.length > 1) {
    throw usageError(`--fail-on takes one of ${SEVERITIES.join(', ')}, and/or coverage (e.g. --fail-on major,coverage); got '${value}'`);
  }
  return { severity: severities[0], coverage: parts.includes('coverage') };
}

/** --reporter html,json: known names only, checked before any work is done. */
export function reporterList(value: string): string[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !REPORTERS[n]);
  // The same code as the report stage's own check (resolveReporters), whichever finds it.
  if (unknown.length) throw usageError(`--reporter: unknown ${unknown.join(', ')}; choose from ${Object.keys(REPORTERS).join(', ')}`, 'REPORT_UNKNOWN_REPORTER' satisfies ReportCode);
  return names;
}

/** --max-pages 100: a whole number in a range (or any number, with `whole: false`); a usage error otherwise, an empty value included. */
export function numberOption(name: string, raw: string, min: number, max: number, o: { whole?: boolean; code?: string } = {}): number {
  const whole = o.whole ?? true;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) {
    throw usageError(`--${name} takes ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}; got '${raw}'`, o.code);
  }
  return n;
}

/** The most browser pages one run keeps open at once (--workers). */
export const MAX_WORKERS = 64;

/** --env live: an environment the config names, or a usage error that lists those it does. */
export function environmentOption(config: ParityConfig, name: string, code?: string): string {
  if (!config.environments[name]) throw usageError(`--env: no environment '${name}' in ${config.file}; expected one of ${Object.keys(config.environments).join(', ')}`, code);
  return name;
}
