// How severities rank, in one place: compare, the CLI and every reporter use these.
import { SEVERITIES, type Severity } from './config.js';

/** critical 0 … cosmetic 3, in the order of SEVERITIES. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** At or above: `critical` is at or above `major`. */
export function atOrAbove(s: Severity, bar: Severity): boolean {
  return severityRank(s) <= severityRank(bar);
}

/** Accepted divergences are reported but never fail; an expired acceptance counts as not accepted. */
export function isAccepted(d: { status: string }): boolean {
  return d.status === 'accepted';
}

export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}
