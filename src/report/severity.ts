// Small rules every reporter shares: how severities rank, what counts as accepted, how steps are keyed.
import type { Severity } from '../model/config.js';

const RANK: Record<Severity, number> = { critical: 0, major: 1, minor: 2, cosmetic: 3 };

/** True when `s` is as bad as `threshold` or worse. */
export function atOrAbove(s: Severity, threshold: Severity): boolean {
  return RANK[s] <= RANK[threshold];
}

export function severityRank(s: Severity | null): number {
  return s === null ? 9 : RANK[s];
}

/** Accepted divergences are reported but never fail; an expired acceptance counts as not accepted. */
export function isAccepted(d: { status: string }): boolean {
  return d.status === 'accepted';
}

export function stepKey(env: string, journey: string, index: number): string {
  return `${env}/${journey}/${index}`;
}
