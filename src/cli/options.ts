// Command-line values more than one command takes, checked the same way everywhere (exit 2).
import { SEVERITIES, type Severity } from '../model/config.js';
import { isSeverity } from '../model/severity.js';
import { REPORTERS } from '../report/index.js';
import { usageError } from '../util/errors.js';

/** --fail-on: undefined when not given. */
export function failOnOption(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!isSeverity(value)) throw usageError(`--fail-on takes ${SEVERITIES.join(', ')}; got '${value}'`);
  return value;
}

/** --reporter html,json: known names only, checked before any work is done. */
export function reporterList(value: string): string[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !REPORTERS[n]);
  if (unknown.length) throw usageError(`--reporter: unknown ${unknown.join(', ')}; choose from ${Object.keys(REPORTERS).join(', ')}`);
  return names;
}
